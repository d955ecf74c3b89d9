export async function blobToBase64UrlEnhanced(blob: Blob, options: BlobToBase64UrlOptions = {}): Promise<string> {
export async function blobToArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
export function readFromFile() {
export const fileToBase64 = (file: File): Promise<string> => {
export const convertBlobUrlToDataUrl = async (blobUrl: string) => {
export const getFileType = (filename: string) => {
export const getImageType = (str: string) => {
