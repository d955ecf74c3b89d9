import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import { createLogger, checkRateLimitDistributed } from './_shared/api-response';
export default async function (ctx: any) {
