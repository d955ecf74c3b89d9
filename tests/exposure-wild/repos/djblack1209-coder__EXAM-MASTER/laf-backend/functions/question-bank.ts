import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import { checkRateLimitDistributed, createLogger } from './_shared/api-response';
import { requireAdminAccess } from './_shared/admin-auth';
import { escapeRegex } from './_shared/sanitize';
export default async function (ctx) {
