import { describe, it, expect } from 'vitest';
import { selectQuestions } from './disambiguation';
import { featureRules } from './feature-rules';
import type { CandidateScore } from './scorer';
import type { Observation } from '@/types';
