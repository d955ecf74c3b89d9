 * 2. callZhipuASR() - 智谱 GLM-ASR-2512 (备用)
 *    - 文档: https://open.bigmodel.cn/dev/api#audio
 * 2. callZhipuTTS() - 智谱 GLM-TTS (备用)
 *    - 文档: https://open.bigmodel.cn/dev/api#tts
 * 2. callZhipuChat() - 智谱 GLM-4-Flash (备用，付费)
 *    - 文档: https://open.bigmodel.cn/dev/api#glm-4
 * - asr.provider: 'zhipu' | 'aliyun' - 选择ASR服务商
 * - tts.provider: 'zhipu' | 'aliyun' | 'microsoft' - 选择TTS服务商
 * - API Key来源: process.env.环境变量 (当前) OR 商家配置 (未来)
export async function callAPI<T = unknown>(options: ApiCallOptions): Promise<ApiResponse<T>> {
export async function callDashScopeASR(
 * 智谱 GLM ASR (语音识别) API调用
 * 模型：GLM-ASR-2512 (语音识别)
 * 官方文档：https://open.bigmodel.cn/dev/api#audio
 * @param apiKey 智谱API Key (环境变量: ZHIPU_API_KEY)
export async function callZhipuASR(
  const { Blob } = await import("node:buffer");
  formData.append("model", "glm-asr-2512");
    url: "https://open.bigmodel.cn/api/paas/v4/audio/transcriptions",
export async function callDashScopeTTS(
 * 智谱 GLM TTS (语音合成) API调用
 * 模型：GLM-TTS (语音合成)
 * 官方文档：https://open.bigmodel.cn/dev/api#tts
 * @param apiKey 智谱API Key (环境变量: ZHIPU_API_KEY)
export async function callZhipuTTS(
    const response = await fetch("https://open.bigmodel.cn/api/paas/v4/audio/speech", {
        model: "glm-tts",
export async function callSiliconFlowChat(
 * 智谱 GLM Chat API调用 (付费)
 * 模型：GLM-4-Flash (高速通用模型)
 * 官方文档：https://open.bigmodel.cn/dev/api#glm-4
 * - glm-4-flash: 高速版 (默认)
 * - glm-4: 完整版 (更强能力)
 * - glm-4-plus: 增强版 (最强)
 * @param apiKey 智谱API Key (环境变量: ZHIPU_API_KEY)
 * @param model 模型名称，默认 "glm-4-flash"
export async function callZhipuChat(
  model = "glm-4-flash"
    url: "https://open.bigmodel.cn/api/paas/v4/chat/completions",
