// 默认配置
const config = {
    // GLM-4V API配置
    GLM4V_API_KEY: '__ZAI_KEY_13026__', // 使用已知有效的密钥
    GLM4V_API_ENDPOINT: 'https://open.bigmodel.cn/api/paas/v4/chat/completions'
};

// 导出配置
export default config; 