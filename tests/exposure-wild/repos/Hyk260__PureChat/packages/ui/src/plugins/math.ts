import mathjax3 from "markdown-it-mathjax3"
import type MarkdownIt from "markdown-it"
export function isMathLike(s: string) {
export function normalizeStandaloneBackslashT(s: string) {
export function applyMath(md: MarkdownIt) {
