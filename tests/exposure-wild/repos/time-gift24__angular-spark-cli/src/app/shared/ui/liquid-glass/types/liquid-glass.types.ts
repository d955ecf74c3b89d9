export type LiquidGlassRefractionMode = 'standard' | 'polar' | 'prominent' | 'shader';
export type LiquidGlassTheme =
export type LiquidGlassAnimationState = 'idle' | 'tracking' | 'resetting';
export interface LiquidGlassColorConfig {
export interface LiquidGlassSpacingConfig {
export interface LiquidGlassAnimationConfig {
export interface LiquidGlassFilterConfig {
export interface LiquidGlassConfig {
export interface LiquidGlassPosition {
export interface LiquidGlassA11yConfig {
