import { MissingValueAnalysis, MissingValueData } from '../../../types/analysis';
import { NumberBall } from '../../lottery/NumberBall';
import { TrendingUp, AlertTriangle, Sparkles } from 'lucide-react';
import { useState } from 'react';
export function MissingValueChart({ analysis, ballType, title }: MissingValueChartProps) {
