import { useState, useEffect } from 'react'
import { X, Volume2 } from 'lucide-react'
import { getTTSSettings, saveTTSSettings, listTTSVoices, listTTSProviders } from '../lib/api'
import type { TTSSettings, TTSVoice } from '../types'
export function TTSSettingsDialog({ isOpen, onClose }: Props) {
