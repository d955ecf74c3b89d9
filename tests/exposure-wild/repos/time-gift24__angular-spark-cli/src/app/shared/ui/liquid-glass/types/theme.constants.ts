import {
} from './liquid-glass.types';
export const MINERAL_LIGHT_THEME: LiquidGlassColorConfig = {
export const MINERAL_DARK_THEME: LiquidGlassColorConfig = {
export const MINERAL_JADE_THEME: LiquidGlassColorConfig = {
export const MINERAL_OCEAN_THEME: LiquidGlassColorConfig = {
export const MINERAL_AMBER_THEME: LiquidGlassColorConfig = {
export const MINERAL_SLATE_THEME: LiquidGlassColorConfig = {
export const COMPACT_SPACING: LiquidGlassSpacingConfig = {
export const SUBTLE_FILTER: LiquidGlassFilterConfig = {
export const REFRACTION_MODE_TURBULENCE: Record<LiquidGlassRefractionMode, [number, number]> = {
