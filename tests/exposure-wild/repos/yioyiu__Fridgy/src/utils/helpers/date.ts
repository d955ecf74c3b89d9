import { differenceInDays, addDays, format, isAfter, isBefore, startOfDay } from 'date-fns';
import { getDefaultShelfLife, getNearExpiryThreshold } from '@/utils/constants/categories';
export const calculateDaysToExpiry = (expirationDate: string): number => {
export const calculateStatus = (
export const calculateFreshnessScore = (
export const suggestExpirationDate = (
export const formatDate = (date: string, formatString: string = 'MMM dd, yyyy'): string => {
export const formatRelativeDate = (date: string): string => {
export const isExpired = (expirationDate: string): boolean => {
export const isNearExpiry = (expirationDate: string, categoryName: string): boolean => {
export const getTodayString = (): string => {
export const getCurrentTimestamp = (): string => {
