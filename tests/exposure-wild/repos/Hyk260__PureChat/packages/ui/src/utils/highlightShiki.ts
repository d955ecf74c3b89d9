import type { Highlighter, SpecialTheme, ThemeInput } from "shiki"
export async function registerHighlight(options: HighlighterOptions = {}): Promise<Highlighter> {
    const { createHighlighter } = await import("shiki")
export function disposeHighlighter(): void {
export function getHighlighter(): Highlighter | null {
export function isHighlighterInitialized(): boolean {
