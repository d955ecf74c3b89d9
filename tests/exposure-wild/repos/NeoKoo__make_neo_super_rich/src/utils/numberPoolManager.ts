import { LotteryConfig, NumberSelection } from '../types/lottery'
export interface NumberPoolManager {
export function createNumberPool(
