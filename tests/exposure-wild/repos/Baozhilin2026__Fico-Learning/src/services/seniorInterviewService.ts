export const seniorInterviewService = new SeniorInterviewService()
export type { Question, InterviewQuestion }
