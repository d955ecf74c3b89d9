import { vi } from 'vitest';
import { MushroomDB } from '@/db/database';
import { extractFeatures, fileToDataUrl } from './extract-features';
import { saveApiKey, saveSettings } from './api-key';
import type { LLMResponse } from '@/types';
