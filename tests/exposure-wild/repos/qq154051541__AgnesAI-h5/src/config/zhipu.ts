 * 集中管理 GLM 系列模型的接口地址、模型和参数
 * 文档：https://docs.bigmodel.cn/llms.txt
 * 开发环境通过 Vite 代理 /zhipu-api → https://open.bigmodel.cn
export const ZHIPU_BASE_URL = '/zhipu-api/api/paas/v4'
export const ZHIPU_PATHS = {
  /** 对话补全（GLM-4.7-Flash 等） */
export type ZhipuModelType = 'chat' | 'vision' | 'image' | 'video'
export interface ZhipuModelItem {
export const ZHIPU_MODELS: ZhipuModelItem[] = [
    value: 'glm-4.7-flash',
    label: 'GLM-4.7-Flash',
    value: 'glm-4.6v-flash',
    label: 'GLM-4.6V-Flash',
export const ZHIPU_THINKING_MODES = [
export const ZHIPU_STORAGE_KEYS = {
  API_KEY: 'zhipu_api_key',
  /** GLM-4.7-Flash 聊天历史 */
  CHAT_HISTORY_GLM47: 'zhipu_chat_history',
  /** GLM-4.6V-Flash 聊天历史 */
  CHAT_HISTORY_GLM46V: 'zhipu_chat_history_glm46v',
  /** GLM-4.7-Flash 当前对话内容（切换 Tab 不丢失） */
  CHAT_MESSAGES_GLM47: 'zhipu_chat_messages',
  /** GLM-4.6V-Flash 当前对话内容 */
  CHAT_MESSAGES_GLM46V: 'zhipu_chat_messages_glm46v',
  /** GLM-4.7-Flash 系统提示词 */
  SYSTEM_PROMPT_GLM47: 'zhipu_system_prompt',
  /** GLM-4.6V-Flash 系统提示词 */
  SYSTEM_PROMPT_GLM46V: 'zhipu_system_prompt_glm46v',
  IMAGE_HISTORY: 'zhipu_image_history',
  /** GLM-4.6V-Flash 图转提示词历史 */
  IMG2PROMPT_HISTORY: 'zhipu_img2prompt_history',
  VIDEO_HISTORY: 'zhipu_video_history'
export function getZhipuStorageKeys(modelValue: string) {
  const isVision = modelValue === 'glm-4.6v-flash'
    historyKey: isVision ? ZHIPU_STORAGE_KEYS.CHAT_HISTORY_GLM46V : ZHIPU_STORAGE_KEYS.CHAT_HISTORY_GLM47,
    chatMessagesKey: isVision ? ZHIPU_STORAGE_KEYS.CHAT_MESSAGES_GLM46V : ZHIPU_STORAGE_KEYS.CHAT_MESSAGES_GLM47,
    systemPromptKey: isVision ? ZHIPU_STORAGE_KEYS.SYSTEM_PROMPT_GLM46V : ZHIPU_STORAGE_KEYS.SYSTEM_PROMPT_GLM47
export const ZHIPU_IMAGE_SIZES = [
export const ZHIPU_IMAGE_MODEL = 'cogview-3-flash'
export const ZHIPU_VIDEO_MODEL = 'cogvideox-flash'
export const ZHIPU_VIDEO_SIZES = [
export const ZHIPU_VIDEO_DURATIONS = [
export const ZHIPU_VIDEO_FPS = [
export const ZHIPU_VIDEO_QUALITY = [
export const ZHIPU_VIDEO_POLL_INTERVAL = 5000
/** GLM-4.6V-Flash 视觉理解模型（图转提示词使用） */
export const ZHIPU_VISION_MODEL = 'glm-4.6v-flash'
export const ZHIPU_IMG2PROMPT_SYSTEM_ZH =
export const ZHIPU_IMG2PROMPT_SYSTEM_EN =
export const ZHIPU_IMG2PROMPT_USER_ZH = '将上传参考图片转换为适配CogView-3-Flash的中文生成提示词'
export const ZHIPU_IMG2PROMPT_USER_EN = 'Convert the uploaded reference image into an English generation prompt adapted for CogView-3-Flash'
 * CogView-3-Flash、GLM-4.6V-Flash、GLM-4.7-Flash 三个模型均限制并发数为 1：
 * - 对话（GLM-4.7-Flash / GLM-4.6V-Flash）：流式输出期间禁止发送新消息（isStreaming 保护）
export const ZHIPU_MAX_CONCURRENCY = 1
 * 注意：实际发送还受滑动窗口约束（见 ZHIPU_RATE_LIMIT_WINDOW）
export const ZHIPU_REQUEST_INTERVAL = 3000
export const ZHIPU_MAX_RETRIES = 4
export const ZHIPU_RETRY_BASE_DELAY = 15000
export const ZHIPU_RATE_LIMIT_WINDOW_MS = 60000
export const ZHIPU_RATE_LIMIT_MAX_REQUESTS = 5
