import { useLocale } from "@/contexts/LocaleContext";
import { cn } from "@/lib/utils";
import { CheckCircle2, Loader2, MessageSquare, FileText, Code2, Rocket, RefreshCw } from "lucide-react";
export type StageStatus = "pending" | "active" | "done" | "error";
export function PipelineStages({
