// API配置文件 - 将在部署时替换
const API_CONFIG = {
    API_KEY: "__ZAI_KEY_15014__", // 这个值在部署时会被环境变量替换
    API_URL: "https://open.bigmodel.cn/api/paas/v4/chat/completions"
};

// 在GitHub Pages中，我们可以使用GitHub Actions来替换这个值
// 或者使用免费的API代理服务
