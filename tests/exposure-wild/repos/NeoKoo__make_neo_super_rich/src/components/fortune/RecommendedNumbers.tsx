import { memo, useState, useEffect } from 'react'
import type { RecommendedNumbers } from '../../types/fortune'
import { NumberBall } from '../lottery/NumberBall'
import { ChevronDown, Sparkles, Copy, Check, RefreshCw, Shuffle } from 'lucide-react'
import { useToast } from '../../hooks/useToast'
import { getCombinedDynamicFactor } from '../../utils/dynamicMetaphysics'
export default memo(RecommendedNumbers)
