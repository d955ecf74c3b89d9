/**
 * Liquid Glass Directive - Services Export Barrel
 *
 * Central export point for all Angular services.
 */

export * from './theme-resolver.service';
export * from './svg-filter-builder.service';
export * from './shader-displacement.service';
