import crypto from 'crypto';
  process.env.LAF_API_URL ||
  process.env.VITE_API_BASE_URL ||
  process.env.SMOKE_BASE_URL ||
const RETRIES = Number(process.env.SMOKE_RETRIES || 8);
const RETRY_DELAY_MS = Number(process.env.SMOKE_RETRY_DELAY_MS || 1000);
const EMAIL = process.env.SMOKE_EMAIL || '';
const PASSWORD = process.env.SMOKE_PASSWORD || '';
