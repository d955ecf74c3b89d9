import type { Observation, ConfidenceLevel, EvidenceTier } from '@/types';
import { type FeatureRule, matchesRule } from './feature-rules';
export interface MatchedEvidence {
export interface CandidateScore {
export function scoreCandidate(
export function scoreAllCandidates(
export function scoreToConfidence(score: number): ConfidenceLevel {
