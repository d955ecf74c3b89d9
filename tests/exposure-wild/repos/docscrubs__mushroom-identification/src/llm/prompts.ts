import type { Observation, IdentificationResult, LLMMessage, LLMContentPart } from '@/types';
import type { GuidanceContext } from '@/learning/adaptive-guidance';
import { seedGenera } from '@/data/seed-genera';
export function buildSystemPrompt(): string {
export function buildExtractionMessages(
export function buildExplanationMessages(
