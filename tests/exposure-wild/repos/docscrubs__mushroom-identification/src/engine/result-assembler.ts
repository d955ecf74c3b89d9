import type {
} from '@/types';
import { type FeatureRule } from './feature-rules';
import { scoreAllCandidates, scoreToConfidence, type CandidateScore } from './scorer';
import { selectQuestions } from './disambiguation';
import { summarizeObservation, summarizeAllObservations } from './evidence-summary';
import { inferFeatures } from './feature-inference';
import { detectAmbiguities } from './ambiguity-detection';
import { preprocessDescriptionNotes } from './description-preprocessing';
import { findApplicableHeuristics, generateHeuristicActions } from './heuristic-questions';
export function assembleResult(
