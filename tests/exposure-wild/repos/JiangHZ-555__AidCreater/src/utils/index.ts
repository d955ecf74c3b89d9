export function generateId(prefix = ''): string {
export function formatDate(date: Date, format = 'YYYY-MM-DD HH:mm:ss'): string {
export function formatRelativeTime(date: Date): string {
export function debounce<T extends (...args: unknown[]) => unknown>(
export function throttle<T extends (...args: unknown[]) => unknown>(
export function deepClone<T>(obj: T): T {
export function isEmpty(obj: unknown): boolean {
export function formatFileSize(bytes: number): string {
export function downloadFile(
export function readFile(file: File): Promise<string> {
export async function copyToClipboard(text: string): Promise<boolean> {
export function isValidEmail(email: string): boolean {
export function isValidUrl(url: string): boolean {
export function getFileExtension(filename: string): string {
export function truncateText(
export function countWords(text: string): number {
export function highlightKeywords(text: string, keywords: string): string {
export function generateRandomColor(): string {
export function sleep(ms: number): Promise<void> {
export async function retry<T>(
export function formatJSON(obj: unknown, indent = 2): string {
export function parseJSON<T = unknown>(str: string): T | null {
export function getBrowserInfo(): {
