export const mockAnalysisResult = {
export async function mockAnalyzeResumeStream(resumeText, callbacks) {
