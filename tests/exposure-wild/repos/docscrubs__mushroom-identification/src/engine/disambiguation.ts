import type { Observation } from '@/types';
import type { CandidateScore } from './scorer';
import type { FeatureRule } from './feature-rules';
export interface DisambiguationQuestion {
export function selectQuestions(
