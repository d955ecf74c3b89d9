import { GoogleGenAI, Chat, Type } from "@google/genai";
import { Message, Agent } from '../types';
const apiKey = process.env.API_KEY || process.env.GEMINI_API_KEY;
    console.error("⚠️ 请将 .env.local 文件中的 YOUR_API_KEY_HERE 替换为你的实际 Gemini API Key!");
    console.warn("⚠️ API Key 前后可能有空格，请检查 .env.local 文件");
export function startChatSession(systemPrompt: string): Chat {
export async function streamMessage(chat: Chat, message: string) {
export async function getSuggestedReplies(history: Message[]): Promise<string[]> {
export async function createAgentProfile(initialPrompt: string): Promise<Pick<Agent, 'name' | 'description' | 'systemPrompt'>> {
