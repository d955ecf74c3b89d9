export const juniorInterviewService = new JuniorInterviewService()
export type { InterviewQuestion, EvaluationResult }
