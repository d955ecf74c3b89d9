import { cn } from "@/lib/utils";
import { CheckCircle2, Loader2, Circle, ChevronDown, ChevronRight } from "lucide-react";
import { useState } from "react";
export function StageDetail({
