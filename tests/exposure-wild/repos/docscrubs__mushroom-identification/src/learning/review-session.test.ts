import { describe, it, expect, beforeEach } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import type { ReviewCard } from '@/types/learning';
import { MushroomDB } from '@/db/database';
import {
} from './review-session';
