/**
 * Liquid Glass Directive - Utilities Export Barrel
 *
 * Central export point for all utility functions.
 */

export * from './color.utils';
