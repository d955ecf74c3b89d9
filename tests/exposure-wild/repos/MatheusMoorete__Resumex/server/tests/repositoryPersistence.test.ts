import { describe, expect, it, vi } from 'vitest';
import { DocumentRepository } from '../src/repositories/documentRepository.js';
import { JobRepository } from '../src/repositories/jobRepository.js';
import { BlockRepository } from '../src/repositories/blockRepository.js';
import { CacheRepository } from '../src/repositories/cacheRepository.js';
import { LedgerRepository } from '../src/repositories/ledgerRepository.js';
      provider: 'zhipu',
      model: 'glm-4.5v',
