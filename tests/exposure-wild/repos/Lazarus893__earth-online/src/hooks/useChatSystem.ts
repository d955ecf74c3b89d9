import { useState, useCallback, useRef } from 'react'
import type { DimensionData } from '../App'
import type { Quest } from './useGameState'
import type { SceneContext } from '../core/contextEngine'
import { buildDynamicContext } from '../core/contextEngine'
import { loadMemorySeeds } from '../core/memorySeeds'
import { loadSummary, saveSummary, buildSummaryExtractionPrompt } from '../core/interactionSummary'
import type { InteractionSummary } from '../core/interactionSummary'
export interface ChatMessage {
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export function useChatSystem(gameContext: GameContext) {
          model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
          model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
