/**
 * Theme Service
 *
 * Stub implementation of theme management service.
 * This is a placeholder implementation that will be expanded in Phase 10.
 *
 * Phase 9.1, Step 1: Create ThemeService Stub
 */

import { Injectable, signal } from '@angular/core';
import { IThemeService } from './theme-integration.types';

/**
 * Theme service implementation
 * Manages application theme state (light/dark mode)
 */
@Injectable({ providedIn: 'root' })
export class ThemeService implements IThemeService {
  /**
   * Current theme as a reactive Signal
   */
  readonly theme = signal<'light' | 'dark'>('light');

  /**
   * Toggle between light and dark themes
   */
  toggleTheme(): void {
    // Stub implementation - will be implemented in Phase 10
    const current = this.theme();
    this.theme.set(current === 'light' ? 'dark' : 'light');
  }

  /**
   * Set a specific theme
   * @param theme - Theme to set ('light' or 'dark')
   */
  setTheme(theme: 'light' | 'dark'): void {
    // Stub implementation - will be implemented in Phase 10
    this.theme.set(theme);
  }

  /**
   * Check if current theme is dark
   * @returns true if dark theme is active
   */
  isDark(): boolean {
    return this.theme() === 'dark';
  }

  /**
   * Check if current theme is light
   * @returns true if light theme is active
   */
  isLight(): boolean {
    return this.theme() === 'light';
  }

  /**
   * Get current theme value
   * @returns Current theme ('light' or 'dark')
   */
  getCurrentTheme(): 'light' | 'dark' {
    return this.theme();
  }
}
