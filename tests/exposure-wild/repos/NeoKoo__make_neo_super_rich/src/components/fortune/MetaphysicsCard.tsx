import { memo } from 'react'
import { NameAnalysis, ZodiacAnalysis, WuxingAnalysis, NumerologyAnalysis } from '../../types/fortune'
import { ChevronDown, Sparkles, Star, Flame, Droplets, Wind, Leaf, Mountain } from 'lucide-react'
import { useState } from 'react'
export default memo(MetaphysicsCard)
