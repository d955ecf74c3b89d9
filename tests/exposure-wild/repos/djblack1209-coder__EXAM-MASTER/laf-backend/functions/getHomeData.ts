import cloud from '@lafjs/cloud';
import { success, serverError, generateRequestId, createLogger, checkRateLimitDistributed } from './_shared/api-response';
export default async function (_ctx) {
