    model: 'glm-4-flash',
      model: mockBobEnvironment.$option.model || 'glm-4-flash',
      url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions',
