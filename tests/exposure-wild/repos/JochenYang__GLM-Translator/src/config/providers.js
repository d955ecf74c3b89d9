export const PROVIDER_PRESETS = {
  glm: {
    id: 'glm',
    name: '智谱 GLM',
    description: 'provider.desc.glm',
    url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions',
      { id: 'glm-4.5-flash', name: 'GLM-4.5-Flash (推荐)', description: '4.5版本快速模型' },
      { id: 'glm-4.5-air', name: 'GLM-4.5-Air', description: '4.5版本轻量模型' },
      { id: 'glm-4.5', name: 'GLM-4.5', description: '4.5版本标准模型' },
      { id: 'glm-4.6', name: 'GLM-4.6', description: '最新版本模型' }
    defaultModel: 'glm-4.5-flash',
    apiKeyUrl: 'https://open.bigmodel.cn/',
    apiKeyHelp: 'provider.apiKeyHelp.glm',
      '访问 https://open.bigmodel.cn/',
      { id: 'THUDM/GLM-Z1-9B-0414', name: 'GLM-Z1-9B-0414', description: '智谱最新9B参数模型' },
export function getProviderConfig(providerId) {
export function getAllProviders() {
export function getRecommendedProviders() {
    PROVIDER_PRESETS.glm,
export function createApiConfig(providerId, apiKey, model = null) {
