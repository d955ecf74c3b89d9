import { AIUser } from '@/types';
export const AI_USER_POOL: AIUser[] = [
export function getAIUserById(id: string): AIUser | undefined {
export function getAIUserByRole(role: string): AIUser | undefined {
export function getRandomAIUsers(count: number): AIUser[] {
export function getAllAIUsers(): AIUser[] {
export function matchAIUsersForContent(content: string): AIUser[] {
export default AI_USER_POOL;
