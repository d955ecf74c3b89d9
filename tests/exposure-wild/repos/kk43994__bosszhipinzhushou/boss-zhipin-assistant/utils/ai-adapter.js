 * - 智谱AI GLM-4
      case 'zhipu':
        id: 'zhipu',
        name: '智谱AI GLM-4',
        models: ['glm-4-flash', 'glm-4-air', 'glm-4-plus'],
        apiKeyUrl: 'https://open.bigmodel.cn/usercenter/apikeys'
// 智谱AI GLM-4 适配器
    const apiKey = this.config.zhipuApiKey;
    const model = options.model || 'glm-4-flash';
    const url = `https://open.bigmodel.cn/api/paas/v4/chat/completions`;
    console.log('🤖 调用智谱AI GLM-4 API...');
