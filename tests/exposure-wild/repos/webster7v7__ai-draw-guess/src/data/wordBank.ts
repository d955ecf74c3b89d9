export const WORD_CATEGORIES = {
export const ALL_WORDS = Object.values(WORD_CATEGORIES).flat();
export function shuffleArray<T>(array: T[]): T[] {
export function getRandomWordsFromCategories(
export function getAllWords(count?: number): string[] {
