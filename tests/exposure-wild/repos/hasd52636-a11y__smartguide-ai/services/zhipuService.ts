import { Language } from '../types.ts';
export type ZhipuModel = 
  | 'glm-4.5-flash'      // 深度思考（普惠）
  | 'glm-4v-flash'       // 视觉理解（普惠）
  | 'glm-4-flash'        // 文本生成（普惠）
  | 'glm-4.6v'           // 高端视觉理解
    const saved = localStorage.getItem('zhipu_models_config');
      text: 'glm-4-flash',
      thinking: 'glm-4.5-flash',
      vision: 'glm-4v-flash',
      text: 'glm-4-flash',
      thinking: 'glm-4.5-flash',
      vision: 'glm-4v-flash',
    localStorage.setItem('zhipu_models_config', JSON.stringify(this.modelConfig));
        apiKey = project?.config?.zhipuApiKey || '';
        apiKey = projects[0]?.config?.zhipuApiKey || '';
    'x-zhipu-api-key': apiKey,
// Using the OpenAI-compatible endpoint for Zhipu GLM-4V via backend proxy
export const analyzeInstallationState = async (
    const response = await fetchApi("/api/proxy/zhipu/chat", {
export const chatWithAssistant = async (
    const response = await fetchApi("/api/proxy/zhipu/chat", {
export const generateEmbedding = async (text: string, dimensions: number = 1024): Promise<number[] | null> => {
    const response = await fetchApi("/api/proxy/zhipu/embeddings", {
export const generateSpeech = async (text: string, voice: string = "tongtong") => {
export const cloneVoice = async (
    const response = await fetchApi("/api/proxy/zhipu/voice/clone", {
        model: "glm-tts-clone",
export const getVoiceList = async (voiceName?: string, voiceType?: 'OFFICIAL' | 'PRIVATE') => {
    let url = "/api/proxy/zhipu/voice/list";
export const deleteVoice = async (voice: string, requestId?: string) => {
    const response = await fetchApi("/api/proxy/zhipu/voice/delete", {
export const getModelConfig = () => {
export const saveModelConfig = (config: any) => {
export const getModel = (category: 'text' | 'thinking' | 'vision' | 'video' | 'image') => {
export const textToSpeech = async (
    const response = await fetchApi("/api/proxy/zhipu/speech", {
        model: "glm-tts",
