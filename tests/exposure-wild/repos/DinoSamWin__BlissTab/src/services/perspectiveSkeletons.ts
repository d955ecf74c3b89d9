export const SKELETONS: Record<string, Record<string, Record<string, string[]>>> = {
export type PerspectiveTrack = 'A' | 'B';
export function getTrackForStyle(style: string): PerspectiveTrack {
export function getSkeleton(intent: string, style: string, language: string = 'zh-CN'): string[] {
export function getCustomThemeSkeleton(style: string, language: string = 'zh-CN'): string[] {
