export interface ParsedPerspectiveRules {
export function parseRulesData(markdownContent: string, language: string): ParsedPerspectiveRules {
export function parseRulesToPrompt(markdownContent: string, language: string): string {
export async function loadPerspectiveRulesData(language: string): Promise<ParsedPerspectiveRules> {
export async function loadPerspectiveRules(language: string): Promise<string> {
