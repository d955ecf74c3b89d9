import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deobfuscate } from '../../src/utils/crypto/cipher.js';
    const mod = await import('../../src/services/auth-storage.js');
