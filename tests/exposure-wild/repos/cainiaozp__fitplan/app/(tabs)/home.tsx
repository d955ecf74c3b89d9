import { useEffect, useState, useCallback } from 'react';
import {
} from 'react-native';
import { useRouter } from 'expo-router';
import { useNetworkState } from 'expo-network';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import Svg, { Circle, G } from 'react-native-svg';
import { format } from 'date-fns';
import { zhCN } from 'date-fns/locale';
import { useUserStore } from '../../src/store/useUserStore';
import { useMealStore } from '../../src/store/useMealStore';
import { useExerciseStore } from '../../src/store/useExerciseStore';
import { getDailyPlan, subscribeDailyPlan, saveDailyPlan, getWeightRecords, saveWeightRecord } from '../../src/services/firestore';
import type { MealType, CompletedStatus } from '../../src/models';
export default function HomeScreen() {
