import type { AnalysisResult } from "./types";
export function generateMarkdownReport(
export function loadFromStorage(): StoredState | null {
export function saveToStorage(state: StoredState): void {
export function clearStorage(): void {
