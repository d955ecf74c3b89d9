import type { CompetencyStatus } from '@/types/user';
export type GuidanceLevel = 'beginner' | 'intermediate' | 'advanced' | 'expert';
export interface GenusTip {
export interface GuidanceContext {
export function getGuidanceLevel(status: CompetencyStatus | undefined): GuidanceLevel {
export function buildGuidanceContext(
