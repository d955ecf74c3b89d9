import { RequestContext } from '../types/api'
export interface AIServiceConfig {
  provider: 'zhipu' | 'openai' | 'claude'
export interface ChatMessage {
export interface ChatCompletionRequest {
export interface ChatCompletionResponse {
export class AIService {
        case 'zhipu':
export default AIService
