import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
  const originalJwtSecret = process.env.JWT_SECRET_PLACEHOLDER
    process.env.JWT_SECRET_PLACEHOLDER
    process.env.JWT_SECRET_PLACEHOLDER
    const mod = await import('../../laf-backend/functions/login');
