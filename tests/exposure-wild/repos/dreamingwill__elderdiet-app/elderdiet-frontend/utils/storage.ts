import AsyncStorage from '@react-native-async-storage/async-storage';
import { Recipe, FoodItem } from '@/data/recipes';
export type MealRecord = {
export const storage = {
