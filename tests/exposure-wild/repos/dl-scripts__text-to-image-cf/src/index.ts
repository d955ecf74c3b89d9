import { Env } from './types';
import { corsHeaders } from './config';
import { handleChatCompletion } from './handlers/chat';
import { handleEmbedding } from './handlers/embedding';
import { handleResponseAPI } from './handlers/responses';
export default {
