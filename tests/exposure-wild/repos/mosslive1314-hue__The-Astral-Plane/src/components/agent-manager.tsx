'use client'
import { useState } from 'react'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { mockAgent } from '@/lib/mock-agent'
import type { Agent, AgentSkill } from '@/types'
import { Plus, Edit2, Trash2, Zap, Shield, Star } from 'lucide-react'
export function AgentManager({ initialAgent }: { initialAgent?: Agent }) {
