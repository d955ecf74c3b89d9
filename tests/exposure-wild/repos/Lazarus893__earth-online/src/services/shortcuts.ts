const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
const MODEL = import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex'
export interface Shortcut {
export interface ShortcutContext {
export function getShortcutsForDimension(dimension: string): Shortcut[] {
