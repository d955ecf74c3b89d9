import { seedGenera } from './seed-genera';
import { seedHeuristics } from './seed-heuristics';
