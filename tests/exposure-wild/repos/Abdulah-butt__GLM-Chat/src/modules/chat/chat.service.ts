import { env } from '../../config/env.js';
import { CHAT_HISTORY_LIMIT, ERROR_CODES } from '../../config/constants.js';
import { AppError } from '../../core/errors/AppError.js';
import { HTTP_STATUS } from '../../core/http/statusCodes.js';
import {
} from '../../infra/glm/glmClient.js';
import { logger } from '../../infra/logger/logger.js';
import * as ordersService from '../orders/orders.service.js';
import { createOrderRequestSchema } from '../orders/orders.validation.js';
import { FILLET_SIZES, PACKAGE_TYPES } from '../orders/orders.types.js';
import { SYSTEM_PROMPT } from './chat.prompt.js';
import type { ChatRequestDto, ChatResponseDto } from './chat.dto.js';
// The free GLM flash tier is ~25s slower per request when `tools` is attached,
export const sendChatMessage = async (
  if (env.GLM_API_KEY === '') {
          ERROR_CODES.GLM_API_ERROR,
    ERROR_CODES.GLM_API_ERROR,
