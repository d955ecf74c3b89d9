import { describe, it, expect } from 'vitest';
import type { Observation } from '@/types';
import { detectAmbiguities } from './ambiguity-detection';
