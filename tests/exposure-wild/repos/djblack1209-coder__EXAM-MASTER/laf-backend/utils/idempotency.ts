import cloud from '@lafjs/cloud';
const IS_PRODUCTION = process.env.NODE_ENV === 'production';
const LOG_LEVEL = process.env.LOG_LEVEL || (IS_PRODUCTION ? 'warn' : 'info');
export interface IdempotencyRecord {
export interface IdempotencyOptions {
export interface IdempotencyResult {
export function generateIdempotencyKey(userId: string, action: string, clientKey: string): string {
export async function checkIdempotency(options: IdempotencyOptions): Promise<IdempotencyResult> {
export async function markCompleted(recordId: string, result: unknown): Promise<void> {
export async function markFailed(recordId: string, error: unknown): Promise<void> {
export async function withIdempotency<T>(options: IdempotencyOptions, handler: () => Promise<T>): Promise<T> {
export async function cleanupExpiredRecords(): Promise<{ deleted: number }> {
export default {
