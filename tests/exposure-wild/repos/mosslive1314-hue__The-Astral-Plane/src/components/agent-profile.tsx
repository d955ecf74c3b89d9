'use client'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { TrendingUp, Award, Target, Zap, Shield, Star } from 'lucide-react'
import type { Agent } from '@/types'
export function AgentProfile({ agent }: AgentProfileProps) {
