export interface ASRConfig {
  primary: "zhipu" | "dashscope" | "custom";
export interface TTSConfig {
  primary: "zhipu" | "dashscope" | "custom";
export interface LLMConfig {
  primary: "siliconflow" | "zhipu" | "dashscope" | "custom";
export interface APIConfig {
export interface HotQA {
export interface CacheConfig {
export interface MerchantConfig {
  private defaultMerchantId = import.meta.env.VITE_MERCHANT_ID || "dongli";
    const baseUrl = import.meta.env.BASE_URL || "/";
            provider: String((obj.api as Record<string, unknown>)?.provider || "zhipu"),
            model: String((obj.api as Record<string, unknown>)?.model || "glm-4-flash"),
        asr: { primary: "zhipu", backup: ["dashscope"], maxDuration: 60 },
        tts: { primary: "zhipu", backup: ["dashscope"] },
export const configManager = new ConfigManager();
