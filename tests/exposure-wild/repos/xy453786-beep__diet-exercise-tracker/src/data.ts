import { MealRecord, WorkoutItem, WeightEntry, AIDietAnalysis } from './types';
export const INITIAL_WEIGHTS: WeightEntry[] = [
export const INITIAL_MEALS_BY_DAY: Record<string, MealRecord[]> = {
export const INITIAL_WORKOUTS_BY_DAY: Record<string, WorkoutItem[]> = {
export const MOCK_AI_DIET_ANALYSIS: AIDietAnalysis = {
