import { AICommentTask, AIUser } from '@/types';
import { generateAIComment, batchGenerateComments } from './zhipu';
import { AI_USER_POOL, matchAIUsersForContent } from './ai-users';
import { supabaseAdmin } from './supabase';
export const AI_COMMENT_SCHEDULE = [
export async function createAICommentTasks(
export function startScheduler(): void {
export function stopScheduler(): void {
export function getSchedulerStatus(): {
export async function cancelTasksForPost(postId: string): Promise<void> {
export async function getTasksForPost(postId: string): Promise<AICommentTask[]> {
export default {
