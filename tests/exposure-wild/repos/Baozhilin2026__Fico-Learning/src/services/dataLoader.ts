import type {
} from '@/types'
      if (import.meta.env.MODE === 'production') {
export const dataLoader = new DataLoader()
