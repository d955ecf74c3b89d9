const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
const MODEL = import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex'
export interface WorldPatch {
export async function generateWorldPatch(): Promise<WorldPatch> {
export async function refreshWorldPatch(): Promise<WorldPatch> {
export function getPatchModifiers(patch: WorldPatch): Record<string, number> {
