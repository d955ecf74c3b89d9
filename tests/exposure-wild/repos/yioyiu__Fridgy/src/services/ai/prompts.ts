import { LanguageCode } from '@/utils/i18n';
export const AI_PROMPTS = {
export const getPrompt = (language: LanguageCode, type: 'storageAnalysis' | 'translateResult' | 'cookingAdvice', param: string | string[]): string => {
export const STORAGE_METHODS = {
export const translateStorageMethod = (method: string, targetLanguage: LanguageCode): string => {
