export type Goal = 'career' | 'courses' | 'training' | 'free';
export type SubjectPayload = { id?: string; name?: string; description?: string } | null;
export function buildSystemPrompt(goal: Goal, subject: SubjectPayload): string {
