'use client'
import { Card, CardContent } from '@/components/ui/card'
import { useAuthStore } from '@/store/auth'
import { User, Shield, Coins, Zap } from 'lucide-react'
import { motion } from 'framer-motion'
export function AgentOverview() {
