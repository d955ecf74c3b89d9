import { readFileSync, existsSync } from 'node:fs'
import { resolve, dirname, basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execSync } from 'node:child_process'
const __dirname = dirname(fileURLToPath(import.meta.url))
import { suggestCategory } from './kb-query.mjs'
import { validateFile } from './doc-validator.mjs'
export async function integratedWorkflow(filePath, options = {}) {
if (import.meta.url === `file://${process.argv[1]}`) {
