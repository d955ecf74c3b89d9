export const MET_TABLE: Record<string, number> = {
export const DEFAULT_MET = 5.0;
export function matchExercise(
export function calcCalories(
export function classifyExercise(met: number): {
export function estimateWorkout(
