export interface Dish {
export const dishDatabase: Record<string, Dish> = {
export const getDishById = (id: string): Dish | null => {
export const getDishesByCategory = (category: '主食' | '菜肴' | '汤品'): Dish[] => {
export const getDishesByMealAndCategory = (mealType: 'breakfast' | 'lunch' | 'dinner', category: '主食' | '菜肴' | '汤品'): Dish[] => {
export interface MealPlan {
export const defaultMealPlans: Record<'breakfast' | 'lunch' | 'dinner', {
export const alternativeDishIds: Record<'breakfast' | 'lunch' | 'dinner', Record<string, string[]>> = {
export const buildMealPlan = (mealType: 'breakfast' | 'lunch' | 'dinner'): MealPlan => {
export const getAlternativeDishes = (mealType: 'breakfast' | 'lunch' | 'dinner', category: string): Dish[] => {
