import { useEffect, useState } from 'react'
import { isLLMAvailable } from '@/services/multiAgentService'
import { LLMService } from '@/services/llmService'
import { Wifi, WifiOff, AlertCircle } from 'lucide-react'
export function LLMStatusIndicator() {
export function LLMConfigPanel({ onClose }: LLMConfigPanelProps) {
