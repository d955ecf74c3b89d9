import { init, getInstance } from 'ts-indexdb';
import { getModelDisplayName } from '~/config/llm-models';
import type { ChatSession } from '~~/types/chat';
export default {
