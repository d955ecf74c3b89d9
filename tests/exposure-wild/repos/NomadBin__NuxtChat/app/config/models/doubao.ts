import type { LlmModelConfig } from '../llm-models';

/**
 * https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement?LLM=%7B%7D&OpenTokenDrawer=false
 */
export const doubaoModelConfig: LlmModelConfig = {
  brand: 'doubao',
  chatModels: [],
  defaultModels: [],
  baseUrl: 'https://ark.cn-beijing.volces.com/api/v3',
};
