import { MissingValueData, MissingValueConfig, MissingValueAnalysis } from '../types/analysis';
import { DrawStatistics } from '../types/analysis';
export class MissingValueTracker {
export function createSSQMissingValueTracker(): MissingValueTracker {
export function createDLTMissingValueTracker(): MissingValueTracker {
