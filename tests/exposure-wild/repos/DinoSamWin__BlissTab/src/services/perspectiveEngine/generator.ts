import { PipelineState } from './types';
export function buildCompanionPrompt(state: PipelineState, language: string, batchSize: number = 20): { system: string, user: string } {
