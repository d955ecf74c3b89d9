import { BundledLanguage, BundledTheme } from "shiki/bundle/web"
import { getTokenStyleObject, type HighlighterGeneric, SpecialLanguage, ThemedToken } from "shiki/core"
import { AsyncInitializer } from "./asyncInitializer"
export const DEFAULT_LANGUAGES = ["text", "javascript", "typescript", "python", "java", "markdown", "json"]
export const DEFAULT_THEMES = ["one-light", "material-theme-darker"]
  const shiki = await import("shiki")
export async function getShiki() {
export async function getHighlighter(langs?: string[], themes?: string[]) {
export async function loadLanguageIfNeeded(
export async function loadThemeIfNeeded(highlighter: HighlighterGeneric<any, any>, theme: string): Promise<string> {
export function getReactStyleFromToken(token: ThemedToken): Record<string, string> {
  const md = await import("markdown-it")
export async function getMarkdownIt(theme: string, markdown: string) {
  const { fromHighlighter } = await import("@shikijs/markdown-it/core")
