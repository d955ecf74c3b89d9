import { describe, it, expect } from 'vitest';
import type { Observation, IdentificationResult } from '@/types';
import { generateOfflineExplanation } from './explanation-templates';
import { assembleResult } from './result-assembler';
import { featureRules } from './feature-rules';
import { ALL_GENERA } from './genera';
