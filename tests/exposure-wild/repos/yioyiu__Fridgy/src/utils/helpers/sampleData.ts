import { Ingredient } from '@/utils/types/ingredient';
export const SAMPLE_INGREDIENTS: Ingredient[] = [
