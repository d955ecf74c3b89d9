import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import { resolve, dirname, basename, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
const __dirname = dirname(fileURLToPath(import.meta.url))
export function getArchivableCategories() {
export function getCategory(categoryName) {
export function queryByCategory(categoryName, options = {}) {
export function searchByKeywords(keywords, options = {}) {
export function searchByTags(tags, options = {}) {
export function searchFullText(query, options = {}) {
export function getFullIndex() {
export function getStats() {
export function suggestCategory(contentOrKeywords) {
export function findSimilarDocuments(filePath, options = {}) {
if (import.meta.url === `file://${process.argv[1]}`) {
