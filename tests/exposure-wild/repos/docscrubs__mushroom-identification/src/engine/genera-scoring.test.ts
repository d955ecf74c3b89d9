import { describe, it, expect } from 'vitest';
import { scoreAllCandidates } from './scorer';
import { featureRules } from './feature-rules';
import { ALL_GENERA } from './genera';
import type { Observation } from '@/types';
