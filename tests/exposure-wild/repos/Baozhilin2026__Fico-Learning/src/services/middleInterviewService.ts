export const middleInterviewService = new MiddleInterviewService()
export type { Question, InterviewQuestion }
