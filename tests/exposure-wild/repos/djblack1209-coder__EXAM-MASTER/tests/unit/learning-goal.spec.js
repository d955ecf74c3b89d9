import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import storageService from '../../src/services/storageService.js';
    const mod = await import('../../src/utils/learning/learning-goal.js');
      const { getLearningGoals } = await import('../../src/services/api/domains/user.api.js');
      const { recordGoalProgress } = await import('../../src/services/api/domains/user.api.js');
      const mod = await import('../../src/utils/learning/learning-goal.js');
