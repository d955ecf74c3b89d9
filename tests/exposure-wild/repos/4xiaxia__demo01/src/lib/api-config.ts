 *    - ❌ 不再使用 VITE_ZHIPU_API_KEY
export type ApiProvider = "siliconflow" | "dashscope" | "zhipu";
export interface ApiConfig {
export const SILICONFLOW_CONFIG: ApiConfig = {
export const DASHSCOPE_CONFIG: ApiConfig = {
export const ZHIPU_CONFIG: ApiConfig = {
  provider: "zhipu",
  model: "glm-4-flash",
export const PRIMARY_CONFIG = SILICONFLOW_CONFIG; // 主API（免费）
export const SECONDARY_CONFIG = ZHIPU_CONFIG; // 备用API（付费）
export const CURRENT_CONFIG: ApiConfig = PRIMARY_CONFIG;
export interface ChatMessage {
export interface ChatResponse {
export async function chatCompletion(
export async function askAI(
export const TTS_CONFIG = {
export interface TTSResponse {
export async function textToSpeech(
export interface ASRResponse {
 * - 移除前端 VITE_ZHIPU_API_KEY
export async function speechToText(audioFile: File | Blob): Promise<ASRResponse> {
