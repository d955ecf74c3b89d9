import { LotteryType } from '../types/lottery';
import { DrawResult } from '../types/history';
import { API_CONFIG } from '../config/api';
export async function fetchLatestDraw(lotteryType: LotteryType): Promise<DrawResult | null> {
export async function fetchDrawByIssue(
export function calculatePrize(
