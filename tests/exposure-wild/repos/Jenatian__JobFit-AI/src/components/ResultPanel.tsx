import type { AnalysisResult } from "@/lib/types";
import { EmptyState } from "./EmptyState";
import { LoadingSkeleton } from "./LoadingSkeleton";
import { MatchDiagnostics } from "./MatchDiagnostics";
import { ProjectStrategyPanel } from "./ProjectStrategyPanel";
import { KeywordGap } from "./KeywordGap";
import { DiffRewriteFlow } from "./DiffRewriteFlow";
import type { Phase1Result } from "@/lib/aiService";
import { useEffect, useState } from "react";
export function ResultPanel({
