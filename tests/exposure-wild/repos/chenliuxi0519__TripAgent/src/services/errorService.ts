export enum ErrorCategory {
export enum ErrorCode {
export interface ErrorReport {
export interface RecoveryAction {
    if (import.meta.env.DEV) console.error(`[ErrorService] ${code}:`, {
export const ErrorService = new ErrorServiceClass()
export function reportError(
export function getUserMessage(code: ErrorCode): string {
export function getUserMessageZh(code: ErrorCode): string {
export function getRecoveryActions(code: ErrorCode): RecoveryAction[] {
export function isRetryable(code: ErrorCode): boolean {
