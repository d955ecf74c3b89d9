import { Theme, THEMES, DEFAULT_THEME } from '../constants/themes';
export const themeManager = ThemeManager.getInstance();
export const getCurrentTheme = () => themeManager.getCurrentTheme();
export const setTheme = (themeId: string) => themeManager.setTheme(themeId);
export const getAvailableThemes = () => themeManager.getAvailableThemes();
export const addThemeListener = (listener: (theme: Theme) => void) => themeManager.addListener(listener);
export const resetTheme = () => themeManager.resetToDefault();
