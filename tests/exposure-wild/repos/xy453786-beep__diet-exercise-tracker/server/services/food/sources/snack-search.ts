const DASHSCOPE_KEY = process.env.DASHSCOPE_API_KEY || '';
export interface SnackNutrition {
export async function searchSnackNutrition(
export function isSnackFood(foodName: string): boolean {
