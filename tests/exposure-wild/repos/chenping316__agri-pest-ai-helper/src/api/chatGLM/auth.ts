
/**
 * 智谱AI API 认证信息
 */

// API配置
export const API_CONFIG = {
  // 基础URL
  BASE_URL: "https://open.bigmodel.cn/api/paas/v4",
  // API密钥（格式：id.secret）
  API_KEY: "78001739240554017.__ZAI_KEY_10001__",
  // 默认模型
  DEFAULT_MODEL: "glm-4",
  // 视觉模型
  VISION_MODEL: "glm-4-vision"
};
