export type Recipe = {
export const recipes: Recipe[] = [
export type FoodItem = {
export const commonFoods: FoodItem[] = [
