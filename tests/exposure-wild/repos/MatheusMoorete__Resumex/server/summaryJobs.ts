import express, { Request, Response, Router } from 'express';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID, createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { telemetry } from './src/services/telemetry.js';
import { rateLimit } from './src/middlewares/rateLimit.js';
import { summaryPipelinePersistenceEnabled } from './src/config/env.js';
import { getSupabaseAdminClient } from './src/config/database.js';
import {
} from './src/services/summaryPersistence.js';
import { DocumentIRSchema, type DocumentIR } from './src/schemas/documentIr.js';
import { AIRouter } from './src/ai/router.js';
import type { SummaryProvider } from './src/ai/types.js';
import type { SectionSummaryOutput } from './src/ai/schemas/sectionSummarySchema.js';
export interface SummaryJob {
const configuredCorpusLimit = Number(process.env.SUMMARY_MAX_CORPUS_CHARS || 1_500_000);
const PYTHON_BIN = process.env.PYTHON_BIN || (process.platform === 'win32' ? 'py' : 'python3');
  glm: process.env.ZHIPU_VISION_MODEL || 'glm-4.5v',
  spec: process.env.DEEPSEEK_FLASH_MODEL || 'deepseek-v4-flash',
  deepseek: process.env.DEEPSEEK_SUMMARY_MODEL || process.env.DEEPSEEK_PRO_MODEL || 'deepseek-v4-pro',
  glm: { url: 'https://api.z.ai/api/paas/v4', key: process.env.ZHIPU_API_KEY || '' },
  deepseek: { url: 'https://api.deepseek.com', key: process.env.DEEPSEEK_API_KEY || '' },
    role = providerName === 'glm' ? 'summary-vision' : 'summary',
  body.temperature = providerName === 'glm' ? 0.05 : 0.1;
  const timeout = setTimeout(() => controller.abort(), Number(process.env.AI_UPSTREAM_TIMEOUT_MS || 600000));
export function visualJson(content: string, truncated = false) {
export async function readVisualPage(page: any, signal?: AbortSignal) {
    'glm',
    MODELS.glm,
    glmUsage: response.usage,
export async function mapTwoAtATime<T, R>(items: T[], callback: (item: T, index: number) => Promise<R>): Promise<R[]> {
export function normalizePreferences(input: any) {
export function documentIrToLegacyPages(
export function preferenceInstructions(preferences: any) {
export function pageContext(page: any) {
export function extractCitedPages(summary: string): Set<number> {
export function getOmittedPages(pages: any[], summary: string): any[] {
export async function generateValidatedProviderSummary(
    timeoutMs: Number(process.env.AI_UPSTREAM_TIMEOUT_MS || 600000),
      timeoutMs: Number(process.env.AI_UPSTREAM_TIMEOUT_MS || 600000),
export function cleanSummaryOutput(text: string): string {
export default router;
