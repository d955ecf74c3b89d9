import { Router, Request, Response } from 'express';
import { requireAuth } from '../middlewares/auth.js';
import { concurrencyLimit, rateLimit } from '../middlewares/rateLimit.js';
import { aiModels, gptAuditorEnabled, providers, upstreamTimeoutMs } from '../config/env.js';
export interface AiRoute {
export interface LogAiUsageParams {
export const GENERATION_ROLES = new Set([
export const AUDIT_ROLES = new Set(['quiz-audit']);
export const CRITICAL_AUDIT_ROLES = new Set(['quiz-audit-critical']);
export const SIMPLE_AUDIT_ROLES = new Set(['quiz-audit-simple']);
export const ALL_AUDIT_ROLES = new Set([...AUDIT_ROLES, ...CRITICAL_AUDIT_ROLES]);
export const FAST_ROLES = new Set([
export const ALLOWED_AI_ROLES = new Set([...GENERATION_ROLES, ...ALL_AUDIT_ROLES, ...SIMPLE_AUDIT_ROLES]);
export const PUBLIC_AI_ROLES = new Set<string>();
export function sanitizeAiMessages(role: string, messages: any[]) {
export function getConfiguredAuditors(role: string = 'quiz-audit'): AiRoute[] {
  const requested = String(process.env.AI_PRIMARY_AUDITOR || 'openrouter').trim().toLowerCase();
export function getConfiguredAuditor(role?: string): AiRoute | null {
export function resolveAiRoute(role: string): AiRoute | null {
    return { providerName: 'zhipu', model: aiModels.zhipuVision };
export function normalizeAiPayload(body: any, route: AiRoute, role: string): any {
  } else if (route.providerName === 'zhipu') {
import { telemetry } from '../services/telemetry.js';
export function logAiUsage({ role, providerName, model, usage, finishReason, durationMs }: LogAiUsageParams): void {
        const authorization = ['deepseek', 'zhipu'].includes(route.providerName) && providerAuth
            upstreamHeaders['HTTP-Referer'] = process.env.OPENROUTER_SITE_URL || 'https://resumex.app';
            upstreamHeaders['X-OpenRouter-Title'] = process.env.OPENROUTER_APP_TITLE || 'ResumeX';
export default router;
