const axios = require('axios');
const API_KEY = process.env.ZHIPU_API_KEY || ''; // 从环境变量获取API密钥
const API_BASE_URL = 'https://open.bigmodel.cn/api/paas/v4';
const GLM_4_FLASH = 'glm-4.5-flash'; // 快速版本，适合对话和基础分析
 * 使用GLM-4-Flash模型进行情感分析
      model: GLM_4_FLASH,
 * 使用GLM-4-Flash模型提取关键词
      model: GLM_4_FLASH,
 * 使用GLM-4-Flash模型进行聚类分析
      model: GLM_4_FLASH,
 * 使用GLM-4-Flash模型生成用户兴趣分析报告
      model: GLM_4_FLASH,
