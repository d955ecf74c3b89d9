const cloud = require('wx-server-sdk');
    const apiKey = process.env.ZHIPU_API_KEY || '';
      console.error('未设置ZHIPU_API_KEY环境变量');
      model: params.model || 'glm-4',
    console.log(`调用智谱AI接口, 模型: ${params.model || 'glm-4'}`);
        url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions',
      model: "glm-4",
      model: "glm-4.5-flash",
      model: "glm-4.5-flash",
