import { readFileSync } from 'node:fs'
import { resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
} from './ai-summary-cache.mjs'
const __dirname = dirname(fileURLToPath(import.meta.url))
    apiKey: process.env.AI_API_KEY || '',
    baseUrl: process.env.AI_BASE_URL || DEFAULT_BASE_URL,
    model: process.env.AI_MODEL || DEFAULT_MODEL,
  const forceFull = options.forceFull || process.env.AI_SUMMARY_FULL === '1'
    const fallback = await loadFallbackSummaries(process.env.SUMMARIES_FALLBACK_URL)
const isMainModule = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
export { generateAllSummaries, getAiConfig }
