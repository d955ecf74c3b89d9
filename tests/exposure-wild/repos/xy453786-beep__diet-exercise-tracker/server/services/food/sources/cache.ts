import { supabaseAdmin } from '../../../supabase/client.js';
import type { CachedFood, SourceResult } from '../types.js';
export async function lookupSnackCache(foodName: string): Promise<SourceResult | null> {
export async function saveToCache(result: SourceResult): Promise<void> {
export async function saveUserCorrection(
