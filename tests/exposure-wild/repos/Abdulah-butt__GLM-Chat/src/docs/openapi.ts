import { API_BASE_PATH, APP_NAME, CHAT_MAX_CONTENT_LENGTH, CHAT_MAX_MESSAGES } from '../config/constants.js';
export const openApiSpec = {
    description: 'Minimal GLM chat test API. All endpoints are public but rate-limited.',
        summary: 'Send a chat conversation and receive a GLM reply',
          '502': errorResponse('Upstream GLM API error.'),
          '504': errorResponse('Upstream GLM API timeout.'),
