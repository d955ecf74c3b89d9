import { describe, it, expect, beforeEach } from 'vitest';
import { MushroomDB } from '@/db/database';
import { seedReviewCards } from './seed-cards';
import type { GenusProfile } from '@/types';
