import type { MarketSkill, PricePoint } from '@/types'
export const mockSkills: MarketSkill[] = [
export function simulatePriceFluctuation(skills: MarketSkill[]): MarketSkill[] {
