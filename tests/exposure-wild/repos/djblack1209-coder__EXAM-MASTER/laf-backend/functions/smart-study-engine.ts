import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import {
} from './_shared/api-response';
import { retrievability } from './_shared/fsrs-scheduler';
      const { getProvider } = await import('./_shared/ai-providers/provider-factory.js');
export default async function (ctx: any) {
