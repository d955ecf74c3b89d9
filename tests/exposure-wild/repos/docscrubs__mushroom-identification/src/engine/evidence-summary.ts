import type { Observation } from '@/types';
export function summarizeObservation(field: string, value: unknown): string {
export function summarizeAllObservations(observation: Observation): string[] {
