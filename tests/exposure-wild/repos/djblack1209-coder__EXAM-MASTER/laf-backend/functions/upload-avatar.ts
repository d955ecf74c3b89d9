import cloud from '@lafjs/cloud';
import fs from 'fs';
import { requireAuth, isAuthError } from './_shared/auth-middleware';
import {
} from './_shared/api-response';
export default async function (ctx: FunctionContext) {
