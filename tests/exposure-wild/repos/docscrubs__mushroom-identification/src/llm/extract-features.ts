import type { Observation, LLMExtractionResult, LLMRequest } from '@/types';
import type { MushroomDB } from '@/db/database';
import { getApiKey, getSettings } from './api-key';
import { callLLM, LLMApiError } from './api-client';
import { getCachedResponse, setCachedResponse, buildCacheKey } from './cache';
import { recordUsage, isWithinBudget, estimateCost } from './cost-tracker';
import { buildExtractionMessages } from './prompts';
export type ExtractionOutcome =
export async function extractFeatures(
export function fileToDataUrl(file: File): Promise<string> {
export function extractJsonString(raw: string): string {
