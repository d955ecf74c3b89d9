import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import { resolve, dirname, basename, extname } from 'node:path'
import { fileURLToPath } from 'node:url'
const __dirname = dirname(fileURLToPath(import.meta.url))
export function validateDocument(content, options = {}) {
export function validateFile(filePath, options = {}) {
if (import.meta.url === `file://${process.argv[1]}`) {
