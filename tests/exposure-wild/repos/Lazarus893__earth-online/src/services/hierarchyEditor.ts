import type { DimensionKey } from '../App'
import type { HierarchyGoal, HierarchyPlan, HierarchyTask, HierarchyAction } from '../core/hierarchy'
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export interface SelectedItem {
export interface EditRequest {
export interface EditResult {
export async function requestHierarchyEdit(req: EditRequest): Promise<EditResult> {
        model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
