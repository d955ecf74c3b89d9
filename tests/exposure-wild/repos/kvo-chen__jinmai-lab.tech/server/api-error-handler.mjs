export const API_ERRORS = {
export const ERROR_STATUS_CODES = {
export const ERROR_MESSAGES = {
 * @param {import('vercel').VercelResponse} res - Vercel响应对象
export function sendErrorResponse(res, errorCode, options = {}) {
    ...(process.env.NODE_ENV === 'development' && context && { context })
 * @param {import('vercel').VercelResponse} res - Vercel响应对象
export function sendSuccessResponse(res, data = null, options = {}) {
export function withErrorHandling(handler) {
          ...(process.env.NODE_ENV === 'development' && req.body && { body: req.body })
          nodeEnv: process.env.NODE_ENV,
        message: process.env.NODE_ENV === 'production' ? ERROR_MESSAGES[API_ERRORS.SERVER_ERROR] : error.message,
        data: process.env.NODE_ENV === 'development' ? {
        context: process.env.NODE_ENV === 'development' ? errorContext : undefined
