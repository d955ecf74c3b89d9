import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileHandler } from '@/pages/practice-sub/file-handler.js';
