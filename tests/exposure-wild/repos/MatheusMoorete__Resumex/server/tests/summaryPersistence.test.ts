import { describe, expect, it, vi } from 'vitest';
import { getSupabaseAdminClient } from '../src/config/database.js';
import {
} from '../src/services/summaryPersistence.js';
