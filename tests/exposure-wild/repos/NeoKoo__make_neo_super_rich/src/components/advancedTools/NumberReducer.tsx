import { useState } from 'react';
import { NumberBall } from '../lottery/NumberBall';
import { NumberReducer, NumberPool, ReductionResult } from '../../utils/numberReducer';
import { Settings, TrendingDown, DollarSign, CheckCircle2, AlertCircle } from 'lucide-react';
export function NumberReducer({ lotteryType, onApply }: NumberReducerProps) {
