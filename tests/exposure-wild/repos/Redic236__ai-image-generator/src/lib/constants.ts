import type { ImageModel, ImageSize, ImageStyle } from '../types';
export const PROMPT_MAX_CHARS = 1000;
export const PROMPT_WARN_CHARS = 800;
export const PROMPT_DANGER_CHARS = 900;
export const HISTORY_BADGE_CAP = 99;
export interface StylePreset {
 *  Used by PromptCard (render), DisplayCard meta, and zhipu service (prompt injection). */
export const STYLES: ReadonlyArray<StylePreset> = [
export const STYLE_LABEL: Record<ImageStyle, string> = Object.fromEntries(
export const STYLE_SUFFIX: Record<ImageStyle, string> = Object.fromEntries(
export const SIZE_OPTIONS: ReadonlyArray<{ value: ImageSize; label: string }> = [
export const MODEL_OPTIONS: ReadonlyArray<{ value: ImageModel; label: string }> = [
