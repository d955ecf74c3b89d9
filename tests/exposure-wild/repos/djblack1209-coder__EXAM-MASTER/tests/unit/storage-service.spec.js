import { describe, it, expect, vi, beforeEach } from 'vitest';
    const mod = await import('@/services/storageService.js');
