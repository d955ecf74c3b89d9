export type ExportFormat = 'png' | 'jpg' | 'svg' | 'pdf' | 'json' | 'markdown' | 'text';
export interface ExportOptions {
export interface ExportableWork {
export default new ExportService();
