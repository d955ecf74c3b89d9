import { LotteryType } from '../types/lottery'
import {
} from '../types/fortune'
import {
} from '../constants/metaphysics'
import { calculateLifePathNumber, calculateDailyNumber } from '../constants/numberColorMap'
import { getZodiacSign } from '../constants/zodiacColors'
import {
} from './dynamicMetaphysics'
import { analyzePlumBlossom } from './plumBlossomCalculator'
export function analyzeName(name: string): NameAnalysis {
export function analyzeZodiac(zodiacSign: string, currentDate: Date): ZodiacAnalysis {
export function analyzeWuxing(personalWuxing: WuxingType, currentDate: Date): WuxingAnalysis {
export function analyzeNumerology(birthDate: Date, currentDate: Date): NumerologyAnalysis {
export function calculateMetaphysicsNumbers(
export function analyzeMetaphysics(
