import type { InterviewFeedback, InterviewAnswer } from '@/types'
export const feedbackService = new FeedbackService()
