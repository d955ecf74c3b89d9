      const apiKey = aiProvider === 'gemini' ? config.geminiApiKey : config.zhipuApiKey;
      `https://open.bigmodel.cn/api/paas/v4/chat/completions`,
          model: 'glm-4-flash',
