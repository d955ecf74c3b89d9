import type { TrigramType } from '../types/plumBlossom'
import type { WuxingType } from '../types/fortune'
export const TRIGRAMS: Record<TrigramType, {
export const HEXAGRAMS: Record<string, {
export const MOVING_LINE_INTERPRETATIONS: Record<number, {
export const TRIGRAM_DETAILS: Record<TrigramType, {
