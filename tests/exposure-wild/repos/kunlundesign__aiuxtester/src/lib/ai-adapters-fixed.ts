import OpenAI from 'openai';
import { GoogleGenerativeAI } from '@google/generative-ai';
import axios from 'axios';
import { ModelProvider, Persona, EvalResult } from '@/types';
export interface AIAdapter {
export class OpenAIAdapter implements AIAdapter {
      apiKey: process.env.OPENAI_API_KEY,
    if (process.env.OPENAI_API_KEY?.startsWith('sk-')) {
export class GeminiAdapter implements AIAdapter {
    this.client = new GoogleGenerativeAI(process.env.GEMINI_API_KEY || '');
    if (process.env.GEMINI_API_KEY && process.env.GEMINI_API_KEY.length > 10) {
export class ZhipuAdapter implements AIAdapter {
    if (process.env.ZHIPU_API_KEY && process.env.ZHIPU_API_KEY.length > 10) {
        model: 'glm-4v-plus',
        const response = await axios.post('https://open.bigmodel.cn/api/paas/v4/chat/completions', requestBody, {
            'Authorization': `Bearer ${process.env.ZHIPU_API_KEY}`,
        return this.parseResponse(content, 'zhipu', persona.id);
      model: 'zhipu' as ModelProvider,
export function createAIAdapter(model: ModelProvider): AIAdapter {
    case 'zhipu':
