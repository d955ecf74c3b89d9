import { useEffect, useMemo, useState } from "react";
import { Check, Clock, Cpu, Sparkles } from "lucide-react";
import {
} from "@/lib/aiService";
export function AgentPipeline({ running, startMs, endMs, phase1Arrived }: Props) {
export function dispatchPipelineUpdate(update: PipelineStageUpdate): void {
