import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import {
} from '@/types'
      model: 'glm-4',
export const useProjectStore = create<ProjectState>()(
        const { useAuthStore } = await import('./authStore')
        const { saveProjectToDB } = await import('@/services/projectService')
        const { loadProjectFromDB } = await import('@/services/projectService')
        const { saveProjectToDB } = await import('@/services/projectService')
        const { generateCodeWithAI } = await import('@/services/aiService')
        const { chatService } = await import('@/services/chatService')
        const { processContextualUpdate } = await import('@/services/contextualUpdateService')
