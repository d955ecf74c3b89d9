import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { ChatMessage, ChatSession, ChatStats, UsageMetrics } from '../types/chat'
import { chatCompletionsStream } from '../services/zhipu'
import type { InputMessage, StreamMeta } from '../services/zhipu'
const MODEL_OPTIONS = ['glm-4-flash', 'glm-4-plus']
export const useChatStore = defineStore('chat', () => {
  const selectedModel = ref<string>('glm-4-flash')
