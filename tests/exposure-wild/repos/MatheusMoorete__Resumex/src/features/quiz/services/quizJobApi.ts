import { buildAuthHeaders } from '../../auth/services/authClient';
export type QuizJob = {
export async function prepareQuizJob({
export async function cancelQuizJob(id: string) {
