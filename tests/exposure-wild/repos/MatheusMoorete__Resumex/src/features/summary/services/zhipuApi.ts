 * Zhipu AI (GLM) API service with page vision transcription.
import { buildVisionTranscriptionPrompt } from '../prompts/templates';
import { buildAuthHeaders } from '../../auth/services/authClient';
 * Transcribes specific PDF pages using Zhipu's GLM-4.5V model.
export async function transcribePDFWithGLM({ apiKey, pageImages, pageNumbersToTranscribe, totalPages, onProgress, signal }) {
  return content ? content.trim() : '[⚠️ GLM retornou transcrição vazia]';
export async function validateZhipuApiKey(apiKey) {
