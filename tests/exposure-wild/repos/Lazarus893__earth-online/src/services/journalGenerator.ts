import type { DimensionKey, DimensionData } from '../App'
import type { HierarchyGoal, HierarchyAction } from '../core/hierarchy'
import { loadSelectedScheme, getTodayActions } from '../core/hierarchy'
import { getStatusLabel } from '../data/dimensionStatus'
export interface JournalEntry {
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export async function getDailyJournal(
      model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
export function clearTodayJournalCache(): void {
