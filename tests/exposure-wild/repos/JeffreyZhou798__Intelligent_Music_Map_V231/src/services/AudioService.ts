import type { AudioFileData } from '@/types'
export class AudioService {
export const audioService = new AudioService()
