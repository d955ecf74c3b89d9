import cloud from '@lafjs/cloud';
import crypto from 'crypto';
import { createLogger } from './_shared/api-response';
export default async function (_ctx: any) {
    const expectedToken = process.env.ADMIN_PURGE_TOKEN;
export { purgeUserData };
