import OpenAI from 'openai';
import { BaseProviderAdapter } from './base';
import type { AIChatMessage, AIStreamEvent, AIResponse } from '../types';
import { settingsService } from '../services/settings';
export class OpenAIAdapter extends BaseProviderAdapter {
    constructor(provider: import('../types').AIProvider) {
