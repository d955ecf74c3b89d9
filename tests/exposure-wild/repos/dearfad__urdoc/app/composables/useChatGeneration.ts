import { DefaultChatTransport, isReasoningUIPart, isTextUIPart } from 'ai'
import { Chat } from '@ai-sdk/vue'
import { parse } from 'partial-json'
export function useChatGeneration(type: GenerateType, task: GenerateTask) {
