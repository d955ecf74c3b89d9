import { describe, it, expect } from 'vitest';
import { assembleResult } from './result-assembler';
import { featureRules } from './feature-rules';
import { ALL_GENERA } from './genera';
import type { Observation } from '@/types';
