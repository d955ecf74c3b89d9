import { randomUUID } from 'node:crypto';
import { env } from '../../config/env.js';
import { ERROR_CODES } from '../../config/constants.js';
import { AppError } from '../../core/errors/AppError.js';
import { HTTP_STATUS } from '../../core/http/statusCodes.js';
import { glmChatRequest } from '../../infra/glm/glmClient.js';
import { logger } from '../../infra/logger/logger.js';
import { validatePdf } from './doctor-ocr.pdf.js';
import { renderPdfToImages } from './doctor-ocr.render.js';
import { buildReportAnalysisPrompt } from './doctor-ocr.prompt.js';
import { aiAnalysisSchema, extractJsonObject, type AiAnalysis } from './doctor-ocr.validation.js';
import type { AnalysisResult, MarkerStatus, UrgencyLevel } from './doctor-ocr.types.js';
export interface AnalyzeReportInput {
    model: env.GLM_OCR_MODEL,
      const raw = extractContent(await glmChatRequest(body, requestId, env.DOCTOR_OCR_TIMEOUT_MS));
      if (err instanceof AppError && err.code === ERROR_CODES.GLM_TIMEOUT) throw err;
export const analyzeReport = async (
  if (env.GLM_API_KEY === '') {
  const pageImages = renderPdfToImages(input.buffer, env.DOCTOR_OCR_MAX_PAGES);
      ocrModel: env.GLM_OCR_MODEL,
      analysisModel: env.GLM_OCR_MODEL,
