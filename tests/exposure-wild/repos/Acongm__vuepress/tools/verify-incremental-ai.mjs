import {
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { buildAnalysisPlan } from './ai-summary-v1.mjs'
import { runSummaryBuild } from './generate-summaries-v1.mjs'
const __dirname = dirname(fileURLToPath(import.meta.url))
