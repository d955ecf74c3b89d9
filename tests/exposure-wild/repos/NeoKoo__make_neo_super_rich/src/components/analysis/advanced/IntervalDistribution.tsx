import { IntervalConfig, calculateIntervalDistribution, analyzeIntervalDistribution } from '../../../utils/intervalAnalyzer';
import { NumberBall } from '../../lottery/NumberBall';
import { BarChart3, Target, TrendingUp } from 'lucide-react';
export function IntervalDistribution({ numbers, lotteryType }: IntervalDistributionProps) {
