'use client'
import { useState } from 'react'
import { Button, Input, Card, CardContent, CardHeader, Badge } from '@/components/ui'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { CreativeForm } from '@/components/creative/CreativeForm'
import {
} from 'lucide-react'
export function IdeasContent() {
