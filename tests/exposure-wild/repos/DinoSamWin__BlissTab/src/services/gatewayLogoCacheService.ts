import { getSupabaseClient } from './supabaseService';
export interface LocalLogoCacheEntry {
export function getLocalLogoCache(): Record<string, LocalLogoCacheEntry> {
export function setLocalLogoCache(next: Record<string, LocalLogoCacheEntry>) {
export function getLocalLogoDataUrl(canonicalUrl: string, expectedHash?: string | null): string | null {
export function upsertLocalLogo(canonicalUrl: string, entry: LocalLogoCacheEntry) {
export function removeLocalLogo(canonicalUrl: string) {
export async function downloadAndCacheLogo(
