import { Rating } from 'ts-fsrs';
import type { MushroomDB } from '@/db/database';
import type { ReviewSession } from '@/types/learning';
import { reviewCard, type ReviewRating } from './scheduler';
export async function getDueCardCount(db: MushroomDB): Promise<number> {
export async function startReviewSession(
export async function submitReview(
export async function completeReviewSession(
export async function getReviewStats(db: MushroomDB): Promise<{
