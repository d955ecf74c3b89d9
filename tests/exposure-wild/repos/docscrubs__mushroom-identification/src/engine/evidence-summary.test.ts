import { describe, it, expect } from 'vitest';
import { summarizeObservation, summarizeAllObservations } from './evidence-summary';
import type { Observation } from '@/types';
