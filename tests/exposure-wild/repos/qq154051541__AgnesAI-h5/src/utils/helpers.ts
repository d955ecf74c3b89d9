export function formatTime(timestamp: number): string {
export function truncateText(text: string, maxLen: number): string {
export function formatResponseData(data: unknown): string {
export async function copyToClipboard(text: string): Promise<boolean> {
export async function downloadFile(url: string, fileName: string): Promise<void> {
export function getStorage<T>(key: string): T | null {
export function setStorage(key: string, value: unknown): void {
export async function fileToJpegDataUri(
      const heic2any = (await import('heic2any')).default
