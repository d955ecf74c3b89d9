// 智谱AI API 配置
export const ZHIPU_CONFIG = {
  apiKey: '__ZAI_KEY_18039__',
  baseUrl: 'https://open.bigmodel.cn/api/paas/v4',
  timeout: 30000,
  defaultModel: 'glm-4.6',
  defaultTemperature: 0.6,
} as const;

// 创建默认客户端实例
import { createZhipuClient } from './zhipu-api';

export const zhipuClient = createZhipuClient(ZHIPU_CONFIG.apiKey, {
  baseUrl: ZHIPU_CONFIG.baseUrl,
  timeout: ZHIPU_CONFIG.timeout,
});
