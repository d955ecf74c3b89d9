import type { AIProvider, AIChatMessage, AIResponse, AIStreamEvent } from '../types';
import { settingsService } from './settings';
export class ProxyService {
