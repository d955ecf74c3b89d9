import { beforeEach, vi } from 'vitest';
import crypto from 'crypto';
process.env.JWT_SECRET_PLACEHOLDER
process.env.PASSWORD_SALT = process.env.PASSWORD_SALT || 'test-password-salt-for-vitest';
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
