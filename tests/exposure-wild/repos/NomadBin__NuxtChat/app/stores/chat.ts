import {
} from '~~/types/chat';
import { createEmptySession } from '~/utils/chat';
import { allLlmModels, getModelBrand, modelConfigs } from '~/config/llm-models';
import configChat from '~/config/config-chat';
export const useChatStore = defineStore('chatStore', {
