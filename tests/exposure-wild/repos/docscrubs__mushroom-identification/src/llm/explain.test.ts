import { vi } from 'vitest';
import { MushroomDB } from '@/db/database';
import { generateExplanation } from './explain';
import { saveApiKey } from './api-key';
import type { IdentificationResult, LLMResponse } from '@/types';
