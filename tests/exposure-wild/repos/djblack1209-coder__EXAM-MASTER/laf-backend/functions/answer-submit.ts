import cloud from '@lafjs/cloud';
import {
} from './_shared/api-response';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import {
} from './_shared/fsrs-scheduler';
// import { checkIdempotency, markCompleted as markIdempotencyCompleted } from './_shared/idempotency';
export function validateSubmitParams(data: unknown): {
export default async function (ctx) {
      return wrapResponse(result as unknown as import('./_shared/api-response').ApiResponse, requestId, startTime);
      return wrapResponse(result as unknown as import('./_shared/api-response').ApiResponse, requestId, startTime);
export async function autoCollectMistake(
export async function accumulateSessionData(
