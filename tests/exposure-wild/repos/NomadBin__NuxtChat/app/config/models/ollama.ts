import type { LlmModelConfig } from '../llm-models';
export const ollamaModelConfig: LlmModelConfig = {
