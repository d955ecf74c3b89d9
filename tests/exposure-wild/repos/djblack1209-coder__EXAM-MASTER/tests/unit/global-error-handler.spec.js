import { describe, it, expect, beforeEach, vi } from 'vitest';
import { globalErrorHandler } from '@/utils/error/global-error-handler.js';
