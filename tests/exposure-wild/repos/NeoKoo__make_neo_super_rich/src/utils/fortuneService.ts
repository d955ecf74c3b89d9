import { AI_CONFIG } from '../config/ai';
import { getLocalDateFromBeijing } from '../utils/dateUtils';
import { aiRequestQueue, aiAPICache, generateCacheKey, queuedCachedRequest } from './apiQueue';
import { LotteryType } from '../types/lottery';
import {
} from '../types/fortune';
import {
} from './metaphysicsCalculator';
export async function getDailyFortune(
export function isLuckyTime(luckyTime: string): boolean {
export async function getEnhancedDailyFortune(
