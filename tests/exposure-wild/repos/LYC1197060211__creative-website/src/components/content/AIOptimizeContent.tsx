'use client'
import { useState } from 'react'
import { Button, Card, CardContent, CardHeader, Badge, Input, Modal } from '@/components/ui'
import { aiService } from '@/lib/ai'
import mammoth from 'mammoth'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { CreativeForm } from '@/components/creative/CreativeForm'
import {
} from 'lucide-react'
export function AIOptimizeContent() {
