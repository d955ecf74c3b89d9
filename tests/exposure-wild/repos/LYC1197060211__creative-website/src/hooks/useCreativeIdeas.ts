import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { CreativeIdea } from '@/types'
import { generateId, formatDate } from '@/lib/utils'
import { Idea } from '@/types/database'
import { useAuth } from './useAuth'
export const useCreativeIdeas = create<CreativeIdeasState>()(
