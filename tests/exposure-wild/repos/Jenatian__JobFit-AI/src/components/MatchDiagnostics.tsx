import { Target, Wrench, Briefcase, TrendingUp, ShieldCheck, AlertTriangle } from "lucide-react";
import type { Dimensions, CalibrationMeta } from "@/lib/types";
import { ScoreRing } from "./ScoreRing";
import { cleanSummaryMismatch } from "@/lib/aiService";
export function MatchDiagnostics({ score, summary, dimensions, calibrationMeta }: Props) {
