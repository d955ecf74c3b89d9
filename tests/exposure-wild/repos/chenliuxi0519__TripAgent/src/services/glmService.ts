 * GLM-4.7 API Service for Trip Agent
 * 智谱 AI GLM-4.7 API 集成服务
 * API 文档: https://open.bigmodel.cn/dev/api
export interface GLMMessage {
export interface GLMStreamChunk {
export interface GLMConfig {
export interface GLMError {
interface GLMStreamChoice {
interface GLMStreamResponse {
  choices: GLMStreamChoice[]
// GLM Service Implementation
export class GLMService {
  private static config: GLMConfig | null = null
  private static readonly DEFAULT_BASE_URL = "https://open.bigmodel.cn/api/paas/v4"
  private static readonly DEFAULT_MODEL = "glm-4-flash"
   * Initialize the GLM service with configuration
  static initialize(config: GLMConfig): void {
  static getConfig(): GLMConfig | null {
    messages: GLMMessage[],
  ): AsyncGenerator<GLMStreamChunk, void, unknown> {
      throw new GLMAPIError("GLM service not configured. Please set API key.", "not_configured", false)
        yield* this.streamGLM(messages, config, onChunk)
        const glmError = this.handleError(error)
        if (!glmError.retryable || attempt === this.MAX_RETRIES - 1) {
          throw new GLMAPIError(glmError.message, glmError.code, false)
   * Stream completion from GLM API
  private static async *streamGLM(
    messages: GLMMessage[],
    config: GLMConfig,
  ): AsyncGenerator<GLMStreamChunk> {
            const data = JSON.parse(jsonStr) as GLMStreamResponse
  static async chatCompletion(messages: GLMMessage[]): Promise<string> {
   * Parse error response from GLM API
  private static handleError(error: unknown): GLMError {
    if (error instanceof GLMAPIError) {
    // Rate limit errors (GLM uses 429 for rate limiting)
        message: "Invalid GLM API key. Please check your configuration.",
        message: "GLM server error. Please try again later.",
        message: "API quota exceeded. Please check your GLM account.",
      message: `GLM API error: ${message}`,
   * Get available GLM models
      "glm-4-flash", // 快速响应，适合实时对话
      "glm-4-plus", // 高级推理能力
      "glm-4-air", // 轻量级模型
      "glm-4", // 标准版本
      "glm-3-turbo", // 上一代模型
export class GLMAPIError extends Error {
    this.name = "GLMAPIError"
  toGLMError(): GLMError {
 * Load GLM configuration from environment variables
export function loadGLMConfigFromEnv(): GLMConfig | null {
  const apiKey = import.meta.env.VITE_GLM_API_KEY || ""
    model: import.meta.env.VITE_GLM_MODEL || undefined,
    baseURL: import.meta.env.VITE_GLM_BASE_URL || undefined,
    maxTokens: import.meta.env.VITE_GLM_MAX_TOKENS ? Number(import.meta.env.VITE_GLM_MAX_TOKENS) : undefined,
    temperature: import.meta.env.VITE_GLM_TEMPERATURE ? Number(import.meta.env.VITE_GLM_TEMPERATURE) : undefined,
    topP: import.meta.env.VITE_GLM_TOP_P ? Number(import.meta.env.VITE_GLM_TOP_P) : undefined,
 * Initialize GLM service from environment variables
export function initializeGLMFromEnv(): boolean {
  const config = loadGLMConfigFromEnv()
    GLMService.initialize(config)
