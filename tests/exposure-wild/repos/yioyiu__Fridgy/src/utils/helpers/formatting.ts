import { Ingredient } from '@/utils/types/ingredient';
import { calculateDaysToExpiry, formatRelativeDate } from './date';
export const formatQuantity = (quantity: number, unit: string): string => {
export const formatExpiryStatus = (ingredient: Ingredient): string => {
export const formatFreshnessScore = (score: number): string => {
export const formatCategoryName = (category: string): string => {
export const formatLocationName = (location: string): string => {
export const formatCurrency = (amount: number, currency: string = 'USD'): string => {
export const formatPercentage = (value: number, total: number): string => {
export const truncateText = (text: string, maxLength: number): string => {
export const capitalizeFirstLetter = (text: string): string => {
export const formatFileSize = (bytes: number): string => {
export const formatPhoneNumber = (phone: string): string => {
export const getStatusColor = (status: string): string => {
export const getStatusText = (status: string): string => {
