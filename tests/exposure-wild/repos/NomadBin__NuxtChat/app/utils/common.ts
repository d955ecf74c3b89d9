export async function copyToClipboard(text: string) {
export function deepClone<T>(obj: T): T {
export function showToast({ msg, type = 'info' }: ToastParasm) {
export function getElementOffsetY(element: HTMLElement, scrollDom: HTMLElement) {
export function getDateString() {
export function stringToDate(dateString: string) {
export function debounce(callback: Callback, delay: number = 300): Callback {
export function formatFileSize(bytes: number, fractionDigits: number = 2) {
export function matchCatchErrorMsg(error: any, msg: string) {
