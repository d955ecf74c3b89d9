import { beforeEach, describe, expect, it, vi } from 'vitest';
    const mod = await import('../../src/utils/core/offline-queue.js');
