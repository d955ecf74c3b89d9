import { buildAuthHeaders } from '../../auth/services/authClient';
export interface SavedQuiz {
export interface SavedQuizAttempt {
const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
const supabaseKey = import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY;
const isMock = !supabaseUrl || !supabaseKey || (import.meta.env.DEV && import.meta.env.VITE_E2E_MOCK === 'true');
export async function listQuizzes(): Promise<SavedQuiz[]> {
export async function createQuiz(title: string, questions: any[], summaryId?: string): Promise<SavedQuiz> {
export async function recordQuizAttempt(
export async function listQuizAttempts(quizId?: string): Promise<SavedQuizAttempt[]> {
export async function deleteQuiz(quizId: string): Promise<void> {
