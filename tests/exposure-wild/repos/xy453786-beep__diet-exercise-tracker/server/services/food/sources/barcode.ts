import type { SourceResult } from '../types.js';
export async function lookupOpenFoodFacts(barcode: string): Promise<SourceResult | null> {
