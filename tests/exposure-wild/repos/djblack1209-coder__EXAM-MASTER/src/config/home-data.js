import { storageService } from '@/services/storageService.js';
import { getHomeData } from '@/services/api/domains/study.api.js';
export const QUOTE_LIBRARY = [
export const FORMULA_LIST = [
export const DEFAULT_KNOWLEDGE_POINTS = [
export const DEFAULT_USER_PREFERENCES = {
export const DEMO_QUESTIONS = [
export async function fetchHomeData() {
