/**
 * Design System Token Types
 *
 * Centralized exports for all component token types.
 * These types map to CSS variables defined in styles.css.
 *
 * @module tokens
 */

export * from './progress-tokens';
