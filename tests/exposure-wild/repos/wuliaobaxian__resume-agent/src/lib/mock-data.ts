export type Severity = "high" | "medium" | "low";
export type Confidence = "high" | "medium" | "low";
export type SuggestionType = "rewrite" | "add" | "remove";
export interface AnalysisResult {
export const mockResult: AnalysisResult = {
