import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { DEFAULT_LOCATIONS } from '@/utils/constants/locations';
import type { Location } from '@/utils/types/ingredient';
import { notificationService } from '@/services/notifications';
import { EnvironmentHelper } from '@/utils/helpers/environment';
export const useSettingsStore = create<SettingsState>()(
