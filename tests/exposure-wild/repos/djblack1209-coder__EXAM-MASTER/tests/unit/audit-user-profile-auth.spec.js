import { beforeEach, describe, expect, it, vi } from 'vitest';
  const { createApiResponseMock } = await import('../../tests/__mocks__/api-response-mock.js');
import userProfileHandler from '../../laf-backend/functions/user-profile';
