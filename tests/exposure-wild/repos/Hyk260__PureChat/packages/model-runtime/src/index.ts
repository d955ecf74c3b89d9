export * from "./core/BaseAI"
export { ModelRuntime } from "./core/ModelRuntime"
export { createOpenAICompatibleRuntime } from "./core/openaiCompatibleFactory"
export { OllamaAI } from "./providers/ollama"
// export { OpenAI } from "./providers/openai"

export * from "./types"
export * from "./types/error"
export * from "./utils/errorResponse"
