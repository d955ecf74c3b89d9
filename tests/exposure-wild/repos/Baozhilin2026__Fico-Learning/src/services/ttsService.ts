import type { TTSSettings } from '@/types'
export const ttsService = new TTSService()
