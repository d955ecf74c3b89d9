import { llmService, AVAILABLE_MODELS } from '../services/llmService';
