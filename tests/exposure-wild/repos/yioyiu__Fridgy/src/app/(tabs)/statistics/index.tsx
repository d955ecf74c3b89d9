import React, { useState, useEffect, useCallback, useMemo } from 'react';
import {
} from 'react-native';
import { Card, Title, Paragraph, Chip } from 'react-native-paper';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { LinearGradient } from 'expo-linear-gradient';
import { useSafeAreaInsets } from 'react-native-safe-area-context';
import { BarChart } from 'react-native-chart-kit';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { CookingAdviceModal, SeasonalFruitsCard } from '@/components/ai';
import { StatusItemsModal } from '@/components/StatusItemsModal';
export default function StatisticsScreen() {
