import * as pdfjsLib from 'pdfjs-dist';
export async function extractTextFromPDF(file: File) {
export async function renderPDFPagesToImages(file: File, options: RenderPdfOptions = {}) {
export function formatFileSize(bytes: number) {
