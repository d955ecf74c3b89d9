export interface Language {
export const languages: Language[] = [
export const getLanguageCategories = (): string[] => {
export const getLanguagesByCategory = (category: string): Language[] => {
export const getLanguageByCode = (code: string): Language | undefined => {
export const getLanguageNameByCode = (code: string): string => {
