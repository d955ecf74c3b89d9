import dayjs from "dayjs"
import { isNumber } from "lodash-es"
import numeral from "numeral"
export const formatSize = (bytes: number, fractionDigits: number = 1): string => {
export const formatSpeed = (byte: number, fractionDigits = 2) => {
export const formatTime = (timeInSeconds: number): string => {
export const formatShortenNumber = (num: any) => {
export const formatNumber = (num: any, fractionDigits?: number) => {
export const formatIntergerNumber = (num?: any) => {
export const formatTokenNumber = (num: number): string => {
export function formatToken(item: { tokens?: number }) {
export const formatPrice = (price: number, fractionDigits: number = 2) => {
export const formatDate = (date?: Date) => {
