import express, { Request, Response, Router } from 'express';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { rateLimit } from './src/middlewares/rateLimit.js';
import {
} from './src/services/studyCorpus.js';
import { generateGroundedFlashcards, type GeneratedFlashcardDraft } from './src/services/flashcardGeneration.js';
export function normalizeFlashcardCount(value: unknown): number {
export default router;
