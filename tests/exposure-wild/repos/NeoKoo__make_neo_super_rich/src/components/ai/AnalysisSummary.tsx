import { memo } from 'react'
import { EnhancedLotteryRecommendation } from '../../types/ai'
import { Sparkles, Clock, Zap, Star, Flame, Target, Lightbulb } from 'lucide-react'
export default memo(AnalysisSummary)
