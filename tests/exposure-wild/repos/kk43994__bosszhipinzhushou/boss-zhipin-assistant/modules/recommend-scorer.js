    this.zhipuApiKey = '';   // 智谱AI API密钥
      this.zhipuApiKey = config.zhipuApiKey || '';
      const currentApiKey = this.aiProvider === 'gemini' ? this.geminiApiKey : this.zhipuApiKey;
    const currentApiKey = this.aiProvider === 'gemini' ? this.geminiApiKey : this.zhipuApiKey;
