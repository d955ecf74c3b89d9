import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { IngredientsStore } from './types';
import { Ingredient, IngredientFormData, IngredientFilters } from '@/utils/types/ingredient';
import { DEFAULT_CATEGORIES, DEFAULT_UNITS, DEFAULT_LOCATIONS } from '@/utils/constants';
import { SAMPLE_INGREDIENTS } from '@/utils/helpers/sampleData';
import { IngredientsAPI } from '@/services/api/ingredients';
import { statusMonitor } from '@/services/notifications/statusMonitor';
export const useIngredientsStore = create<IngredientsStore>()(persist(
