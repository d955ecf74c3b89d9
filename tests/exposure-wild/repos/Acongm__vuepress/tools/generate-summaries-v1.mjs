import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'
import { buildAnalysisPlan, generateSnapshot } from './ai-summary-v1.mjs'
export async function loadEnvironmentFile(path, env = process.env) {
    if (env[key] === undefined || env[key] === '') env[key] = value
export function createProviderAnalyzer({
export async function runSummaryBuild({
const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const dryRun = process.argv.includes('--dry-run') || process.env.AI_SUMMARY_DRY_RUN === '1'
    model: process.env.AI_MODEL || DEFAULT_MODEL,
    apiKey: process.env.AI_API_KEY || '',
    baseUrl: process.env.AI_BASE_URL || DEFAULT_BASE_URL,
      process.env.AI_SUMMARY_CONCURRENCY || DEFAULT_ANALYSIS_CONCURRENCY
