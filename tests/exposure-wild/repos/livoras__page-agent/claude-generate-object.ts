import { generateText, type LanguageModel } from 'ai';
import { jsonrepair } from 'jsonrepair';
import { z } from 'zod';
export async function generateObjectClaude<T>(options: GenerateObjectOptions<T>): Promise<{ object: T }> {
export function createClaudeObjectGenerator(model: LanguageModel) {
