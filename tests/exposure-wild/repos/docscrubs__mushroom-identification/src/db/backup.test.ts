import { describe, it, expect, beforeEach } from 'vitest';
import { MushroomDB } from './database';
import { loadKnowledgeBase } from './kb-loader';
import { exportUserData, importUserData } from './backup';
  it('does NOT export core KB data (genera, heuristics)', async () => {
  it('does NOT export LLM cache', async () => {
    const db2 = new MushroomDB(`test-import-${Date.now()}-${Math.random()}`);
  it('overwrites existing user data on import', async () => {
    // Import the old export — should overwrite
  it('includes export metadata with version and timestamp', async () => {
