import AsyncStorage from '@react-native-async-storage/async-storage';
import * as FileSystem from 'expo-file-system/legacy';
import { Alert } from 'react-native';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { useSettingsStore } from '@/store/settings/slice';
export interface ClearDataResult {
export interface ClearDataOptions {
                const { NotificationScheduler } = await import('@/services/notifications/scheduler');
export const dataClearService = DataClearService.getInstance();
