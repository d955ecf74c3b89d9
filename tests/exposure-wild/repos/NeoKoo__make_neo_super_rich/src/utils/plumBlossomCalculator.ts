import type { LotteryType } from '../types/lottery'
import type { TrigramType, Hexagram, TiYongRelation, PlumBlossomAnalysis } from '../types/plumBlossom'
import { TRIGRAMS, HEXAGRAMS } from '../constants/plumBlossom'
import { WUXING_LUCKY_NUMBERS, WUXING_RELATIONSHIPS } from '../constants/metaphysics'
export function generateHexagramByTime(date: Date): Hexagram {
export function analyzeTiYongRelation(hexagram: Hexagram): TiYongRelation {
export function generatePlumBlossomLuckyNumbers(
export function analyzePlumBlossom(
