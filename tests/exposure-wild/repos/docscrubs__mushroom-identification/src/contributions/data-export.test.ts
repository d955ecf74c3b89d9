import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { MushroomDB } from '@/db/database';
import {
} from './data-export';
    it('does not export genus profiles or LLM cache', async () => {
    it('returns an import summary', async () => {
