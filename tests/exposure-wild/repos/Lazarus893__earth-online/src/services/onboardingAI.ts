import type { DimensionKey } from '../App'
import type { QuestionOption } from '../data/questions'
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export interface ConversationTurn {
export interface DynamicQuestion {
export interface RoundResult {
export async function processRound(params: {
        model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
export { keywordFallback as extractKeywordSignals }
export async function batchExtractSignals(
