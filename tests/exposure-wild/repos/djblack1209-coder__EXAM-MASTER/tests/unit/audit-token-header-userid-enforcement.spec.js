import { beforeEach, describe, expect, it, vi } from 'vitest';
  const { createApiResponseMock } = await import('../../tests/__mocks__/api-response-mock.js');
import learningGoalHandler from '../../laf-backend/functions/learning-goal';
import userStatsHandler from '../../laf-backend/functions/user-stats';
