import cloud from '@lafjs/cloud';
import { validate } from './_shared/validator';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import { checkRateLimit, createLogger } from './_shared/api-response'; // 本地限流（单实例部署场景足够）
export default async function (ctx) {
