import React, { useState, useEffect, useCallback, useMemo } from 'react';
import {
} from 'react-native';
import { FAB, Searchbar, Chip } from 'react-native-paper';
import { LinearGradient } from 'expo-linear-gradient';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { useSafeAreaInsets } from 'react-native-safe-area-context';
import { IngredientCard } from '@/components/ingredients/IngredientCard';
import { QuickAddModal } from '@/components/ingredients/QuickAddModal';
import { EditIngredientModal } from '@/components/ingredients/EditIngredientModal';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { COLORS } from '@/utils/constants';
import { Ingredient } from '@/utils/types/ingredient';
import { useI18n } from '@/utils/i18n';
export default function DashboardScreen() {
