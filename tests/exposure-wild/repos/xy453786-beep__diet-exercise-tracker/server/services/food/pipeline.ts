import type { AnalysisResult, SourceResult } from './types.js';
import { scanImageForBarcodes } from './sources/barcode-scan.js';
import { lookupOpenFoodFacts } from './sources/barcode.js';
import { callFoodNameRecognizer } from './sources/food-analyzer.js';
import { lookupFoodComposition, getDefaultPortion } from './sources/food-composition-lookup.js';
import {
} from './sources/cache.js';
import { searchSnackNutrition, isSnackFood } from './sources/snack-search.js';
export async function runPipeline(imageUrl: string): Promise<AnalysisResult> {
export async function analyzeFoodByName(
export function classifyFoodSimple(foodName: string): string {
