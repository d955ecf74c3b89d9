import { z } from 'zod';
import { MARKER_STATUSES, URGENCY_LEVELS } from './doctor-ocr.types.js';
export const aiAnalysisSchema = z.object({
export type AiAnalysis = z.infer<typeof aiAnalysisSchema>;
export const extractJsonObject = (text: string): unknown => {
