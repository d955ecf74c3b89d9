import { z } from 'zod';
import { callServerAi } from './serverAi.js';
import type { StudyCorpusFile } from './studyCorpus.js';
export type GeneratedFlashcardDraft = Omit<z.infer<typeof CandidateSchema>, 'sourcePage'> & {
export function validateFlashcardCandidates(
export async function generateGroundedFlashcards({
