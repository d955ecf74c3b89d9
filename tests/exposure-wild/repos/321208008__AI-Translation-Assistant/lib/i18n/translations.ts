import en from './locales/en.json'
import zh from './locales/zh.json'

export const translations = {
  en,
  zh,
} as const