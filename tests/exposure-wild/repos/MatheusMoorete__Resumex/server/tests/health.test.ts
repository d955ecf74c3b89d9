import { describe, expect, it } from 'vitest';
import app from '../src/app.js';
import { normalizeNotionPageId, chunkText, getNotionTitle } from '../src/routes/notion.js';
import {
} from '../src/routes/aiProxy.js';
import { getClientId } from '../src/middlewares/rateLimit.js';
import { normalizePreferences, preferenceInstructions } from '../summaryJobs.js';
import { normalizeQuizOptions, normalizeQuizSummarySource } from '../quizJobs.js';
import { normalizeFlashcardCount } from '../flashcardJobs.js';
import { validateFlashcardCandidates } from '../src/services/flashcardGeneration.js';
import { applyVisualAnswers, getVisualQuestions } from '../src/services/studyCorpus.js';
import { verifyQuestionEvidence } from '../../src/features/quiz/services/quizApi.js';
import { isRetryableFlashcardPollStatus } from '../../src/features/flashcards/services/flashcardJobApi.js';
  it('should export Express app instance', () => {
    expect(route?.providerName).toBe('zhipu');
