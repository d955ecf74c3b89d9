export async function exportToWord(title, content) {
    await import("docx");
export function exportToPdf(title, htmlContent) {
        @import url('https://fonts.googleapis.com/css2?family=Noto+Sans+SC:wght@400;500;700&display=swap');
export function downloadBlob(blob, filename) {
