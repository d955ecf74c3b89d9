 * 🎙️ 智谱 GLM TTS 服务
 * 提供商：智谱 AI (GLM)
 * 模型：glm-tts
 * - ENV.ZHIPU_API_KEY 必须配置
 * API文档：https://open.bigmodel.cn/dev/api/audio/tts
import {
  ZHIPU_API,
} from "../../config/api-config";
export interface TTSResult {
export interface ApiCallResult<T> {
 * 智谱 GLM TTS 调用
export async function callZhipuTTS(
  if (!isProviderAvailable("zhipu")) {
      provider: "zhipu"
    const url = buildApiUrl("zhipu", ZHIPU_API.endpoints.audioSpeech);
    const ttsConfig = getTTSConfig("zhipu");
      model: ZHIPU_API.models.tts,              // glm-tts
      voice: ZHIPU_API.voices[voice],           // "female" 或 "male"
    const timeoutId = setTimeout(() => controller.abort(), ZHIPU_API.timeout);
        "Authorization": `Bearer ${ENV.ZHIPU_API_KEY}`,
        provider: "zhipu",
      provider: "zhipu",
      provider: "zhipu",
export function isZhipuTTSAvailable(): boolean {
  return isProviderAvailable("zhipu");
