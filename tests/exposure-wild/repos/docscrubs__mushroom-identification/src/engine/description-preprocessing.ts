import type { Observation } from '@/types';
import type { FeatureRule } from './feature-rules';
export interface NegatedTerm {
export interface PreprocessingResult {
export function parseNegations(text: string): NegatedTerm[] {
export function parseGenusExclusions(text: string): string[] {
export function preprocessDescriptionNotes(
