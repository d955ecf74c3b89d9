import type { EvidenceTier } from '@/types';
import type { Observation } from '@/types';
export type FeatureMatch =
export interface FeatureRule {
export function matchesRule(
export const featureRules: FeatureRule[] = [
