import { useState, useEffect, useRef } from "react";
import { Send, Zap, CheckCircle2, Loader2, ChevronRight } from "lucide-react";
import { cn } from "@/lib/utils";
import { PipelineStages } from "@/components/PipelineStages";
export function ClarifyChat({ idea, onClarificationDone, onReset }: ClarifyChatProps) {
