import { useState, useCallback } from 'react'
import { LotteryType } from '../../types/lottery'
import { EnhancedLotteryRecommendation } from '../../types/ai'
import { getAIRecommendation } from '../../utils/aiService'
import { soundManager } from '../../utils/soundManager'
import NumberReasonCard from './NumberReasonCard'
import AnalysisSummary from './AnalysisSummary'
import { Copy, Check } from 'lucide-react'
export function WealthGod({
