export const ENV = {
  DASHSCOPE_API_KEY: process.env.DASHSCOPE_API_KEY || "",
  ZHIPU_API_KEY: process.env.ZHIPU_API_KEY || "",
  SILICONFLOW_API_KEY: process.env.SILICONFLOW_API_KEY || "",
  NODE_ENV: process.env.NODE_ENV || "development",
  PORT: parseInt(process.env.PORT || "3000", 10),
export const DASHSCOPE_API = {
 * 智谱GLM API配置
export const ZHIPU_API = {
  baseUrl: "https://open.bigmodel.cn",
    chat: "glm-4-flash",
    asr: "glm-asr-2512",
    tts: "glm-tts",
export const SILICONFLOW_API = {
export const INTERNAL_API = {
export type ApiProvider = "dashscope" | "zhipu" | "siliconflow";
export const API_PRIORITY = {
  chat: ["siliconflow", "zhipu", "dashscope"] as ApiProvider[],
  asr: ["dashscope", "zhipu"] as ApiProvider[],
  tts: ["dashscope", "zhipu"] as ApiProvider[],
export function getAvailableApiKeys(): Record<ApiProvider, string> {
    zhipu: ENV.ZHIPU_API_KEY,
export function isProviderAvailable(provider: ApiProvider): boolean {
export function getPreferredProvider(service: keyof typeof API_PRIORITY): ApiProvider | null {
export function buildApiUrl(provider: ApiProvider, endpoint: string): string {
    zhipu: ZHIPU_API,
export function getTTSConfig(provider: ApiProvider): {
    zhipu: ZHIPU_API.tts,
  return configs[provider] || ZHIPU_API.tts;
export function getApiHeaders(
