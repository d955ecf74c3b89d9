import { memo } from 'react'
import { NumberReason } from '../../types/ai'
import { Sparkles, Star, Flame, Clock, Zap } from 'lucide-react'
export default memo(NumberReasonCard)
