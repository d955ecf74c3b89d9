import { useState } from 'react';
import { NumberBall } from '../lottery/NumberBall';
import { calculateACValue, ACValueConfig } from '../../utils/acValueCalculator';
import { Target, TrendingUp, TrendingDown, Minus } from 'lucide-react';
export function ACPredictor({ numbers, lotteryType }: ACPredictorProps) {
