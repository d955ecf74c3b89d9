import { buildSystemPrompt, buildExtractionMessages, buildExplanationMessages } from './prompts';
import type { Observation, IdentificationResult } from '@/types';
