import { beforeEach, describe, expect, it, vi } from 'vitest';
  const { createApiResponseMock } = await import('../../tests/__mocks__/api-response-mock.js');
import learningResourceHandler from '../../laf-backend/functions/learning-resource';
