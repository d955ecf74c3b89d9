/**
 * Liquid Glass Directives
 *
 * Headless directive for applying liquid glass distortion effects
 */

export { LiquidGlassDirective } from './liquid-glass.directive';
