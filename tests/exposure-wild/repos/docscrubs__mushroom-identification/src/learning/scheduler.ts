import { fsrs, createEmptyCard, Rating, type RecordLog, State } from 'ts-fsrs';
import type { ReviewCard, CardType } from '@/types/learning';
export function getSchedulerConfig() {
export function createReviewCard(params: {
export type ReviewRating = typeof Rating.Again | typeof Rating.Hard | typeof Rating.Good | typeof Rating.Easy;
export function reviewCard(
export function getDueCards(cards: ReviewCard[], limit?: number): ReviewCard[] {
