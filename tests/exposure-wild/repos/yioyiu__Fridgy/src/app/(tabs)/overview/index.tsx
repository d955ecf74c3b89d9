import React, { useEffect, useState } from 'react';
import {
} from 'react-native';
import { LinearGradient } from 'expo-linear-gradient';
import { useSafeAreaInsets } from 'react-native-safe-area-context';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
import { AIAnalysisModal } from '@/components/ai/AIAnalysisModal';
import { CookingAdviceModal } from '@/components/ai/CookingAdviceModal';
export default function OverviewScreen() {
