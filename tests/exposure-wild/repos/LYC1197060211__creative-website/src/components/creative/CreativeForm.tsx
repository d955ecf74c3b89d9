'use client'
import { useState, useEffect } from 'react'
import { Button, Input, Modal, Badge } from '@/components/ui'
import { CreativeIdea } from '@/types'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { aiService } from '@/lib/ai'
import { X, Plus, Tag, Calendar, Flag, Sparkles, AlertCircle } from 'lucide-react'
export const CreativeForm: React.FC<CreativeFormProps> = ({
