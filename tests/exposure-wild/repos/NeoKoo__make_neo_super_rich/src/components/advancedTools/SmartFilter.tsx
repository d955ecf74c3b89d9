import { useState } from 'react';
import { SmartFilter as SmartFilterUtil, FilterPreset, FilterSummary } from '../../utils/smartFilter';
import { ReductionFilter } from '../../utils/numberReducer';
import { Filter, CheckCircle2, TrendingUp, Star } from 'lucide-react';
export function SmartFilter({ lotteryType, combinations, onFilter }: SmartFilterProps) {
