import { Ingredient, IngredientFormData, IngredientFilters, IngredientStats } from '@/utils/types/ingredient';
import { calculateStatus, calculateFreshnessScore, getCurrentTimestamp } from '@/utils/helpers/date';
export class IngredientsAPI {
