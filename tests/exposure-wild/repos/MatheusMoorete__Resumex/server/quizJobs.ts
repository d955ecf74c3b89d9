import express, { Request, Response, Router } from 'express';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { rateLimit } from './src/middlewares/rateLimit.js';
import { callServerAi } from './src/services/serverAi.js';
import { buildPdfCorpusFiles, buildTextCorpusFile, extractPdfPages } from './src/services/studyCorpus.js';
import {
} from '../src/features/quiz/services/quizApi.js';
export function normalizeQuizOptions(input: any) {
export function normalizeQuizSummarySource(input: any) {
export default router;
