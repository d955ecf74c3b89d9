import type { DimensionKey, DimensionData } from '../App'
import type { Quest } from '../hooks/useGameState'
import type { HierarchyGoal } from './hierarchy'
import type { MemorySeed } from './memorySeeds'
import type { InteractionSummary } from './interactionSummary'
import { getStatusLabel } from '../data/dimensionStatus'
import { formatSeedsForPrompt } from './memorySeeds'
import { formatSummaryForPrompt } from './interactionSummary'
export interface SceneContext {
export interface ContextPayload {
export function buildDynamicContext(payload: ContextPayload, maxChars: number = DEFAULT_MAX_CHARS): string {
