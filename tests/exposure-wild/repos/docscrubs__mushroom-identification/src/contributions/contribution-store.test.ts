import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { MushroomDB } from '@/db/database';
import type { UserContribution } from '@/types/user';
import {
} from './contribution-store';
