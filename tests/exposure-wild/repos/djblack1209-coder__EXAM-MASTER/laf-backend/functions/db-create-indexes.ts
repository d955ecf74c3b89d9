import cloud from '@lafjs/cloud';
import { createLogger } from './_shared/api-response';
import { requireAdminAccess } from './_shared/admin-auth';
export default async function (ctx) {
