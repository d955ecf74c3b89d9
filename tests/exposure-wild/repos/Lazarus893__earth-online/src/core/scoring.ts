import type { DimensionKey } from '../App'
import type { QuestionOption, Difficulty } from '../data/questions'
import { PRIORITY_MAP, DIFFICULTY_MAP } from '../data/questions'
export interface OnboardingResult {
export function calculateScores(selectedOptions: QuestionOption[]): Record<DimensionKey, number> {
export function getLowestDimension(scores: Record<DimensionKey, number>): DimensionKey {
export function getHighestDimension(scores: Record<DimensionKey, number>): DimensionKey {
export function computeOnboardingResult(selectedOptions: QuestionOption[]): OnboardingResult {
export function computeResultFromSignals(
