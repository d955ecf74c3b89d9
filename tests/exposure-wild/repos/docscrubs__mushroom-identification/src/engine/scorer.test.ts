import { describe, it, expect } from 'vitest';
import { scoreCandidate, scoreAllCandidates, scoreToConfidence } from './scorer';
import { featureRules } from './feature-rules';
import type { Observation } from '@/types';
