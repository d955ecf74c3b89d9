import { AdapterFactory } from '../adapters';
import { settingsService } from './settings';
import type {
} from '../types';
import { DEFAULT_PROMPTS } from '../types';
export class AIService {
export const aiService = new AIService();
