import type { AnalysisResult } from "@/lib/types";
import { safeSuggestionText } from "@/components/DiffRewriteFlow";
import { cleanSummaryMismatch } from "@/lib/aiService";
export function PrintReport({ result, context }: PrintReportProps) {
            <span className="print-meta-value">GLM-4-Flash</span>
