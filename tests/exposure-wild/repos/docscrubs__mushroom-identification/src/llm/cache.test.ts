import { MushroomDB } from '@/db/database';
import { getCachedResponse, setCachedResponse, buildCacheKey, clearExpiredCache } from './cache';
