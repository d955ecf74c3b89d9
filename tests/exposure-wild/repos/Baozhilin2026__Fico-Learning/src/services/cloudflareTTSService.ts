import { audioCacheService } from './audioCache'
import type { TTSSettings } from '@/types'
    this.workerUrl = import.meta.env.VITE_CLOUDFLARE_WORKER_URL || 'https://fico-tts-proxy.your-subdomain.workers.dev'
export const cloudflareTTSService = new CloudflareTTSService()
