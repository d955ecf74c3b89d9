import { useState, useRef, useCallback, useEffect } from 'react'
import { Play, Pause, Volume2, VolumeX, Loader2 } from 'lucide-react'
import { textToSpeech } from '../lib/api'
import { convertFileSrc } from '@tauri-apps/api/core'
export function TTSPlayer({ text, language = 'auto', onPlayingChange }: TTSPlayerProps) {
