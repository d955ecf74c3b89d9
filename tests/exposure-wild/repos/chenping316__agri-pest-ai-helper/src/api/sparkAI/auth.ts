
/**
 * 讯飞星火大模型 API 认证信息 (HTTP REST API)
 */

// API配置
export const API_CONFIG = {
  // HTTP REST API URL
  API_URL: "https://spark-api-open.xf-yun.com/v1/chat/completions",
  // API密码
  API_PASSWORD: "REDACTED",
  // 默认模型
  DEFAULT_MODEL: "SparkPro"
};
