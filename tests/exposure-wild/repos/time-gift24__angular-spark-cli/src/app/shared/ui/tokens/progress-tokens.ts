/**
 * Progress Component Tokens
 *
 * Maps to CSS variables in styles.css:
 * --progress-height: 0.25rem (4px)
 */

/**
 * Progress bar height (fixed for consistency)
 * Usage: style="height: var(--progress-height)"
 */
export type ProgressHeight = string;
