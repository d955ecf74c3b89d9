import i18n from '../i18n/i18n';
export interface ErrorInfo {
export const ERROR_MESSAGES: Record<string, string> = {
export const ERROR_FIX_SUGGESTIONS: Record<string, string[]> = {
export default new ErrorService();
