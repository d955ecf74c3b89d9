// 配置文件
const CONFIG = {
    API_KEY: '__ZAI_KEY_10005__'
}; 