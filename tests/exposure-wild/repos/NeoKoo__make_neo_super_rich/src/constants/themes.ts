export interface Theme {
export const THEMES: Record<string, Theme> = {
export const DEFAULT_THEME = 'goldenWealth';
