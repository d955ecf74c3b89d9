import type { Observation } from '@/types';
export interface AmbiguityFlag {
export function detectAmbiguities(
