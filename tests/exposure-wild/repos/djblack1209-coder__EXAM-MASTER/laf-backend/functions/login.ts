import cloud from '@lafjs/cloud';
import crypto from 'crypto';
import { perfMonitor } from './_shared/perf-monitor';
import { createLogger, checkRateLimitDistributed } from './_shared/api-response';
import { verifyJWT as verifySharedJWT } from './_shared/auth';
const WX_APPID = process.env.WX_APPID || '';
const WX_GZH_APPID = process.env.WX_GZH_APPID || '';
const QQ_APPID = process.env.QQ_APPID || '';
const QQ_REDIRECT_URI = process.env.QQ_REDIRECT_URI || '';
if (!process.env.JWT_SECRET_PLACEHOLDER
  { key: 'WX_APPID', present: !!process.env.WX_APPID },
  { key: 'QQ_APPID', present: !!process.env.QQ_APPID },
  { key: 'QQ_SECRET', present: !!process.env.QQ_SECRET },
  { key: 'WX_GZH_APPID', present: !!process.env.WX_GZH_APPID },
  { key: 'WX_GZH_SECRET', present: !!process.env.WX_GZH_SECRET }
export default async function (ctx) {
export function verifyJWT(token) {
