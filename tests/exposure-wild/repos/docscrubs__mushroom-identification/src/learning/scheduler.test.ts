import { describe, it, expect } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { createReviewCard, reviewCard, getDueCards, getSchedulerConfig } from './scheduler';
import type { ReviewCard } from '@/types/learning';
