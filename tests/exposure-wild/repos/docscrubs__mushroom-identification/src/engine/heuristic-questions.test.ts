import { describe, it, expect } from 'vitest';
import {
} from './heuristic-questions';
import { seedHeuristics } from '@/data/seed-heuristics';
import type { CandidateScore } from './scorer';
