import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import { generateRequestId, createLogger, checkRateLimitDistributed } from './_shared/api-response';
import type { UserFSRSParams, ReviewLogRecord } from './_shared/fsrs-scheduler';
import type { FSRSBundleExports, Grade, RecordLogItem } from './_shared/ts-fsrs-bundle-types';
const { fsrs, generatorParameters, State, createEmptyCard } = require('./_shared/ts-fsrs-bundle') as FSRSBundleExports;
export default async function (ctx: FunctionContext) {
