// config.ts - 纯配置文件
export const modelConfigs = {
  deepseek: {
    baseURL: "https://ark.cn-beijing.volces.com/api/v3",
    apiKey: "REDACTED",
    modelId: "deepseek-v3-1-250821",
  },
  k2: {
    baseURL: "https://ark.cn-beijing.volces.com/api/v3",
    apiKey: "REDACTED",
    modelId: "kimi-k2-250711",
  },
  zhipu: {
    baseURL: "https://open.bigmodel.cn/api/paas/v4",
    apiKey: "__ZAI_KEY_15015__",
    modelId: "glm-4.5",
  },
  // 'claude-code': {
  //   baseURL: 'http://localhost:8080/v1',
  //   apiKey: 'not-needed',
  //   modelId: 'claude-3-7-sonnet-latest',
  // },
} as const;

export type ModelName = keyof typeof modelConfigs;
