'use client'
import { useEffect, useRef, useState } from 'react'
import { PriceChart } from '@/components/ui/price-chart'
import { Card, CardContent } from '@/components/ui/card'
import type { PricePoint } from '@/types'
import { TrendingUp, TrendingDown, Activity } from 'lucide-react'
export function RealTimePrice({ skillId, skillName, initialPrice, basePrice, rarity }: RealTimePriceProps) {
