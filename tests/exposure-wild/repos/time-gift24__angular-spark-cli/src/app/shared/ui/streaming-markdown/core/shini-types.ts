export interface IShiniHighlighter {
  highlightToTokens(code: string, language: string, theme: 'light' | 'dark'): Promise<import('./models').CodeLine[]>;
export interface ShiniInitializationState {
export type ShiniLanguage =
export const LANGUAGE_DISPLAY_NAMES: Readonly<Record<ShiniLanguage, string>> = {
export const PRELOAD_LANGUAGES: Readonly<ShiniLanguage[]> = [
export type ShiniTheme = 'light' | 'dark';
export const SHINI_THEME_MAP: Readonly<Record<ShiniTheme, string>> = {
export interface HighlightResult {
export interface FallbackHighlightResult extends HighlightResult {
