import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import AsyncStorage from '@react-native-async-storage/async-storage';
export const SUPPORTED_LANGUAGES = {
export type LanguageCode = keyof typeof SUPPORTED_LANGUAGES;
      templateDownloaded: 'Import template downloaded: {fileName}\n\nPlease fill in data according to the template format, then use the import function.',
      faqA3: 'You can export your data using the Export Data feature in Settings. This creates a backup file that you can save to your device or cloud storage.',
      faqQ15: 'How do I import/export my data?',
      faqA15: 'Go to Settings > Data Management to export your data as CSV files or import data from previous backups.',
      issue2: 'Data export not working',
      solution2: 'Make sure you have ingredients to export and check your device storage space.',
        feature2: 'Bulk ingredient import',
export const useI18n = create<I18nState>()(
export const t = (key: string) => useI18n.getState().t(key);
export const getCurrentLanguage = () => useI18n.getState().currentLanguage;
export const setLanguage = (language: LanguageCode) => useI18n.getState().setLanguage(language);
