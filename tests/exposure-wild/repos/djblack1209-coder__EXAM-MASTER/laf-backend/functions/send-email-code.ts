import cloud from '@lafjs/cloud';
import crypto from 'crypto';
import { createLogger } from './_shared/api-response';
const SMTP_HOST = process.env.SMTP_HOST || 'smtp.qq.com';
const SMTP_PORT = Number(process.env.SMTP_PORT || 465);
const SMTP_USER = process.env.SMTP_USER || '';
const SMTP_PASS = process.env.SMTP_PASS || '';
const SMTP_FROM = process.env.SMTP_FROM || 'Exam-Master <noreply@exam-master.com>';
const SMTP_RETRY_TIMES = Math.min(2, Math.max(1, Number(process.env.SMTP_RETRY_TIMES || 2)));
const SMTP_RETRY_DELAY_MS = Math.max(200, Number(process.env.SMTP_RETRY_DELAY_MS || 800));
export default async function (ctx) {
      if (process.env.NODE_ENV !== 'production') {
  const nodemailer = await import('nodemailer');
