import { describe, it, expect, beforeEach } from 'vitest';
import { MushroomDB } from './database';
import { loadKnowledgeBase, isKBLoaded, KB_VERSION } from './kb-loader';
import { seedGenera } from '@/data/seed-genera';
import { seedHeuristics } from '@/data/seed-heuristics';
