import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
export const SNAPSHOT_VERSION = 1
export const PROMPT_VERSION = 'summary-v1'
export const EXTRACT_VERSION = 'markdown-v1'
export function normalizeMarkdown(markdown) {
export function createAnalysisHash({ sourceHash, model }) {
export function buildAnalysisPlan({ docsDir, snapshot, model }) {
export async function generateSnapshot({
