import { buildAuthHeaders } from '../../auth/services/authClient';
import type { FlashcardDraft } from '../domain/flashcards';
export type FlashcardVisualQuestion = {
export type FlashcardJob = {
export type FlashcardVisualAnswer = {
export function isRetryableFlashcardPollStatus(status: number): boolean {
export async function prepareFlashcardJob({
export async function finalizeFlashcardJob({
export async function cancelFlashcardJob(id: string) {
