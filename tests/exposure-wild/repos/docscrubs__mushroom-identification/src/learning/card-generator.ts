import type { GenusProfile } from '@/types';
import type { ReviewCard } from '@/types/learning';
import { createReviewCard } from './scheduler';
export function generateGenusCards(genus: GenusProfile): ReviewCard[] {
export function generateSafetyCards(genus: GenusProfile): ReviewCard[] {
export function generateDiscriminationCards(
