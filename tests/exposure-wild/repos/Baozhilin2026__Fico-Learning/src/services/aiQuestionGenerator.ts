import { glmService } from './glmService'
import { dataLoader } from './dataLoader'
import type { FICOJobLevel, FICOIndustry, AIInterviewQuestion } from '@/types'
      const response = await glmService.callGLM([
export const aiQuestionGenerator = new AIQuestionGenerator()
