// 环境变量配置示例
// 复制此文件为 config.local.js 并填入你的实际配置

const config = {
    // GLM-4V API配置
    GLM4V_API_KEY: '__ZAI_KEY_13027__', // 替换为你的API密钥
    GLM4V_API_ENDPOINT: 'https://open.bigmodel.cn/api/paas/v4/chat/completions'
};

// 导出配置
export default config; 