import { LotteryConfig } from '../types/lottery';
import { NumberSelection } from '../types/lottery';
export function generateBalancedOddEven(config: LotteryConfig): NumberSelection {
export function generateSumRange(config: LotteryConfig): NumberSelection {
export function generateFullRandom(config: LotteryConfig): NumberSelection {
export function generateRandomNumbers(
