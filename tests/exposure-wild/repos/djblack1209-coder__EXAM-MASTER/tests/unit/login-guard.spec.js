import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeNavigateTo } from '../../src/utils/safe-navigate';
import { storageService, getUserId } from '../../src/services/storageService.js';
import { logger } from '../../src/utils/logger.js';
  mod = await import('../../src/utils/auth/loginGuard.js');
