import type { Heuristic, HeuristicCategory, SuggestedAction, ConfidenceLevel } from '@/types';
import type { CandidateScore } from './scorer';
export interface TriggeredHeuristic {
export function findApplicableHeuristics(
export function generateHeuristicActions(
