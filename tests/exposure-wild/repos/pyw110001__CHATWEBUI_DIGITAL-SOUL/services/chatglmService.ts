 * ChatGLM API服务
 * 通过Python后端调用ChatGLM API
import { Message, Agent } from '../types';
  if (import.meta.env.VITE_API_BASE_URL) {
    return import.meta.env.VITE_API_BASE_URL;
  return import.meta.env.PROD ? '' : 'http://localhost:8000';
export interface ChatSession {
export function startChatSession(systemPrompt: string): ChatSession {
export async function* streamMessage(session: ChatSession, message: string): AsyncGenerator<{ text: string }, void, unknown> {
export async function getSuggestedReplies(history: Message[]): Promise<string[]> {
export async function createAgentProfile(initialPrompt: string): Promise<Pick<Agent, 'name' | 'description' | 'systemPrompt'>> {
export function updateSessionHistory(sessionId: string, message: Message) {
export function getSessionHistory(sessionId: string): Message[] {
