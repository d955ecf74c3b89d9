import {
  ZHIPU_API,
} from "../config/api-config";
  const { Blob } = await import("node:buffer");
 * 智谱GLM ASR
  if (!isProviderAvailable("zhipu")) {
  const { Blob } = await import("node:buffer");
  formData.append("model", ZHIPU_API.models.asr);
  const url = buildApiUrl("zhipu", ZHIPU_API.endpoints.audioTranscription);
      headers: { Authorization: `Bearer ${ENV.ZHIPU_API_KEY}` },
    ZHIPU_API.timeout
    return { success: false, error: result.error, provider: "zhipu", duration: result.duration };
  return { success: true, data: { text }, provider: "zhipu", duration: result.duration };
export async function speechToText(audioBuffer: Buffer): Promise<ApiCallResult<ASRResult>> {
  const zhipuResult = await asrZhipu(audioBuffer);
  if (zhipuResult.success) return zhipuResult;
 * 智谱GLM TTS
  if (!isProviderAvailable("zhipu")) {
  const url = buildApiUrl("zhipu", ZHIPU_API.endpoints.audioSpeech);
  const ttsConfig = getTTSConfig("zhipu");
        Authorization: `Bearer ${ENV.ZHIPU_API_KEY}`,
        model: ZHIPU_API.models.tts,
        voice: ZHIPU_API.voices[voice],
    ZHIPU_API.timeout
    return { success: false, error: result.error || "No audio data", provider: "zhipu", duration: result.duration };
    provider: "zhipu",
export async function textToSpeech(
  const zhipuResult = await ttsZhipu(text, voice);
  if (zhipuResult.success) return zhipuResult;
 * 智谱GLM Chat
  if (!isProviderAvailable("zhipu")) {
  const url = buildApiUrl("zhipu", ZHIPU_API.endpoints.chatCompletion);
        Authorization: `Bearer ${ENV.ZHIPU_API_KEY}`,
        model: ZHIPU_API.models.chat,
    ZHIPU_API.timeout
    return { success: false, error: result.error, provider: "zhipu", duration: result.duration };
    data: { content, model: ZHIPU_API.models.chat },
    provider: "zhipu",
export async function chatCompletion(messages: ChatMessage[]): Promise<ApiCallResult<ChatResult>> {
  const zhipuResult = await chatZhipu(messages);
  if (zhipuResult.success) return zhipuResult;
export function checkApiStatus(): Record<string, boolean> {
    zhipu: isProviderAvailable("zhipu"),
