import {
} from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative, extname, resolve, dirname } from 'node:path'
import { execSync } from 'node:child_process'
export const CACHE_DIR_NAME = '.cache/ai-summaries'
export const MANIFEST_FILE = 'manifest.json'
export const SUMMARIES_FILE = 'summaries.json'
export function resolveCacheDir(rootDir) {
export function resolveManifestPath(rootDir) {
export function resolveCacheSummariesPath(rootDir) {
export function ensureCacheDir(rootDir) {
export function hashContent(content) {
export function extractMarkdownContent(markdown, maxLength = 1000) {
export function getAllMarkdownFiles(docsDir) {
export function getCurrentCommitSha(rootDir) {
  if (process.env.VERCEL_GIT_COMMIT_SHA) {
    return process.env.VERCEL_GIT_COMMIT_SHA
export function loadManifest(rootDir) {
export function saveManifest(rootDir, manifest) {
export function loadCachedSummaries(rootDir) {
export async function loadFallbackSummaries(fallbackBaseUrl) {
export function getChangedPathsFromGit(rootDir, fromCommit, toCommit = 'HEAD') {
export function buildProcessingPlan({
export function updateManifestEntry(manifest, path, contentHash) {
export function writeSummariesOutput({
