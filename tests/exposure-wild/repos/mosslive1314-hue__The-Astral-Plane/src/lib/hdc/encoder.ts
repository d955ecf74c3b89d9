import { HDCVector, ProfileData, Lens } from '@/types/hdc'
export class HDCEncoder {
      ? (process.env.NEXT_PUBLIC_APP_URL || 'http://localhost:3000')
    this.useFallback = !process.env.HUGGINGFACE_API_KEY || process.env.HUGGINGFACE_API_KEY.includes('placeholder')
export const hdEncoder = new HDCEncoder()
