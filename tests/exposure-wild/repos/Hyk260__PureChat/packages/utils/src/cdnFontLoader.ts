export interface CDNFontConfig {
export const CDN_FONT_CONFIGS: CDNFontConfig[] = [
export const FONT_FALLBACK_CONFIG = {
export function generateFontFallbackCSS(): string {
export class CDNFontLoader {
export const cdnFontLoader = new CDNFontLoader()
export async function initCDNFontLoading(): Promise<void> {
export function generateFontPreloadHTML(): string {
export default cdnFontLoader
