import { seedHeuristics } from './seed-heuristics';
