import { describe, it, expect, vi, beforeEach } from 'vitest';
import {
} from '@/utils/learning/adaptive-learning-engine.js';
      const mod1 = await import('@/utils/learning/adaptive-learning-engine.js');
      const mod2 = await import('@/utils/learning/adaptive-learning-engine.js');
