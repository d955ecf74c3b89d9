import { CaptchaResponse, SendCodeRequest, SendCodeResponse } from '@/types';
const USE_DATABASE = process.env.NEXT_PUBLIC_SUPABASE_URL && process.env.SUPABASE_SERVICE_ROLE_KEY;
  import('./supabase').then(module => {
export function generateCaptchaCode(length: number = 4): string {
export function generateEmailCode(): string {
export function generateCaptchaSVG(code: string): string {
export async function createCaptcha(ipAddress: string): Promise<CaptchaResponse> {
export async function verifyCaptcha(
export async function sendEmailCode(
export async function verifyEmailCode(
  const nodemailer = require('nodemailer');
    host: process.env.SMTP_HOST,
    port: process.env.SMTP_PORT,
      user: process.env.SMTP_USER,
      pass: process.env.SMTP_PASS,
    from: `"AI朋友圈" <${process.env.SMTP_USER}>`,
export default {
