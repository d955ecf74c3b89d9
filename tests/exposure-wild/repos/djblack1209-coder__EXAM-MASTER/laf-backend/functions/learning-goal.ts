import cloud from '@lafjs/cloud';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import {
} from './_shared/api-response';
export default async function (ctx) {
