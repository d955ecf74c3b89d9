import type { Observation, IdentificationResult } from '@/types';
import type { GuidanceLevel } from '@/learning/adaptive-guidance';
import { summarizeAllObservations } from './evidence-summary';
export interface OfflineExplanation {
export function generateOfflineExplanation(
