import type { SuggestionResult, ValidationIssue, ValidationResult } from "./schemas";
export function validateSuggestions(
