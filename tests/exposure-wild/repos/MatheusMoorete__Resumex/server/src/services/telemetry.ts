export interface ModelPricing {
export const MODEL_PRICING: Record<string, ModelPricing> = {
  'glm-4.5v': { inputPer1M: 0.60, cacheHitPer1M: 0.10, outputPer1M: 1.20 },
export function calculateCostUsd(
export function inferFlowType(role: string): 'summary' | 'quiz' | 'flashcards' | 'system' {
export interface RecordUsageParams {
export interface UsageRecord extends RecordUsageParams {
export const telemetry = new TelemetryService();
