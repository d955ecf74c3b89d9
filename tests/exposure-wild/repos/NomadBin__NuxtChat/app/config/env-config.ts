export const envConfig = {
  deepseek: {
    url: 'https://api.deepseek.com',
    key: '',
  },
  chatglm: {
    url: 'https://open.bigmodel.cn/api/paas/v4',
    key: '__ZAI_KEY_20020__',
  },
  doubao: {
    url: 'https://ark.cn-beijing.volces.com/api/v3',
    key: '',
  },
  hunyuan: {
    url: 'https://api.hunyuan.cloud.tencent.com/v1',
    key: '',
  },
  kimi: {
    url: 'https://api.moonshot.cn/v1',
    key: '',
  },
  minimax: {
    url: 'https://api.minimax.chat/v1',
    key: '',
  },
  ollama: {
    url: 'http://127.0.0.1:11434',
  },
  openai: {
    url: 'https://api.openai.com/v1',
    key: '',
  },
  qwen: {
    url: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    key: '',
  },
  stepfun: {
    url: 'https://api.stepfun.com/v1',
    key: '',
  },
  zeroone: {
    url: 'https://api.lingyiwanwu.com/v1',
    key: '',
  },
};
