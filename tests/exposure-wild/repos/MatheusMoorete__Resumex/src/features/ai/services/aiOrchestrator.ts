export type AiComplexityTier = 'invalid' | 'simple' | 'standard' | 'high';
export type CorpusComplexity = {
export function assessCorpusComplexity({
