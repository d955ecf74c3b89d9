import { glmService } from './glmService'
import { dataLoader } from './dataLoader'
import type { FICOJobLevel, FICOIndustry, AIInterviewFeedback, InterviewAnswer } from '@/types'
      const response = await glmService.callGLM([
      const response = await glmService.callGLM([
      const isConfigured = await glmService.isConfigured()
export const aiFeedbackService = new AIFeedbackService()
