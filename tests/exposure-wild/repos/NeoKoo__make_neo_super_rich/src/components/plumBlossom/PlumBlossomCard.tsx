import { memo, useState } from 'react'
import type { PlumBlossomAnalysis } from '../../types/plumBlossom'
import { Sparkles, ChevronDown, ChevronUp, Info, Star, TrendingUp, TrendingDown, Minus } from 'lucide-react'
import { TRIGRAM_DETAILS, MOVING_LINE_INTERPRETATIONS } from '../../constants/plumBlossom'
export function PlumBlossomCard({ analysis }: PlumBlossomCardProps) {
export default memo(PlumBlossomCard)
