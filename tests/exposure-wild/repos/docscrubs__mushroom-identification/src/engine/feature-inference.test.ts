import { describe, it, expect } from 'vitest';
import type { Observation } from '@/types';
import { inferFeatures, type InferredFeature } from './feature-inference';
