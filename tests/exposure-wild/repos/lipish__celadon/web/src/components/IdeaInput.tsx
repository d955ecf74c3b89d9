import { useState, useRef, useMemo } from "react";
import { ArrowRight, Sparkles, Command, Loader2 } from "lucide-react";
import { cn } from "@/lib/utils";
import { useLocale } from "@/contexts/LocaleContext";
export function IdeaInput({ onSubmit, className, disabled, loading, error, defaultValue }: IdeaInputProps) {
