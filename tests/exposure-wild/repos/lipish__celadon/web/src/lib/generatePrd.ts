import { Locale } from "./i18n";
export function generatePrd(idea: string, answers: string[], locale: Locale = "zh"): string {
