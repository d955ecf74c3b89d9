import type { Heuristic } from '@/types';
export const seedHeuristics: Heuristic[] = [
