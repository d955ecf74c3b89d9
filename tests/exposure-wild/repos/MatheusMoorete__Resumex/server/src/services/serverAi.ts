import { providers, upstreamTimeoutMs } from '../config/env.js';
import {
} from '../routes/aiProxy.js';
export async function callServerAi({
        headers['HTTP-Referer'] = process.env.OPENROUTER_SITE_URL || 'https://resumex.app';
        headers['X-OpenRouter-Title'] = process.env.OPENROUTER_APP_TITLE || 'ResumeX';
