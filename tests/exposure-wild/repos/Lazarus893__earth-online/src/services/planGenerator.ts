import type { DimensionKey, DimensionData } from '../App'
import type { DevelopmentScheme, HierarchyGoal, HierarchyPlan, HierarchyTask, HierarchyAction } from '../core/hierarchy'
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export async function generateSchemes(dimensions: DimensionData[]): Promise<DevelopmentScheme[]> {
        model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
