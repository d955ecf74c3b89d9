import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import { createLogger, sanitizeString, checkRateLimitDistributed, tooManyRequests } from './_shared/api-response';
import { checkTextSecurity, ContentScene } from './_shared/wx-content-check';
export default async function (ctx: FunctionContext) {
