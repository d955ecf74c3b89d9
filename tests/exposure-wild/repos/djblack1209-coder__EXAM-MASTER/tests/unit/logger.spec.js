import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
    process.env.NODE_ENV = 'development';
    const mod = await import('../../src/utils/logger.js');
