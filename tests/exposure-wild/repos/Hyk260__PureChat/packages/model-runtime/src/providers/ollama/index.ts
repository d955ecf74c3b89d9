import { Ollama } from "ollama/browser"
import { ClientOptions } from "openai"
import { ModelProvider } from "model-bank"
import { RuntimeAI } from "../../core/BaseAI"
import { convertIterableToStream, parseDataUri } from "../../core/streams/protocol"
import { OllamaStream } from "../../core/streams"
import { debugStream } from "../../utils/debugStream"
import { StreamingResponse } from "../../utils/response"
import { AgentRuntimeErrorType } from "../../types/error"
import { AgentRuntimeError } from "../../utils/createError"
import { OllamaMessage } from "./type"
import type { ChatMethodOptions, ChatStreamPayload, OpenAIChatMessage, ChatModelCard } from "@pure/types"
import type { Tool } from "ollama/browser"
export interface OllamaModelCard {
export const params = {
export class OllamaAI implements RuntimeAI {
    const host = url ?? import.meta.env.VITE_OLLAMA_PROXY_URL
      if (import.meta.env.DEBUG_OLLAMA_CHAT_COMPLETION === "1") {
    const { DEFAULT_MODEL_LIST } = await import("model-bank")
export default OllamaAI
