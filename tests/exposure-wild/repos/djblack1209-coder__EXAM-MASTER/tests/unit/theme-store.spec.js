import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import storageService from '../../src/services/storageService.js';
import { logger } from '../../src/utils/logger.js';
    const mod = await import('../../src/stores/modules/theme.js');
