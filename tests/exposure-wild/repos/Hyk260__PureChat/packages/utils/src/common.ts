export function generateDalle3RequestPayload(config: any) {
export async function uploadImage(file: File | Blob) {
export function base64Image2Blob(base64Data: string, contentType: string): Blob {
export async function extractImageMessage(res: any): Promise<any> {
export function hasObjectKey(obj: any, key: string): boolean {
export const openWindow = (
export const encodeHTML = (str: string): string => {
export interface CreateFileInputOptions {
export const createFileInput = (options: CreateFileInputOptions): void => {
export function queryStringToObject(queryString: string): Record<string, string> {
