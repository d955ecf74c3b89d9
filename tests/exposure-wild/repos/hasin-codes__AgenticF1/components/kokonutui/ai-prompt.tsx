"use client";
import { ArrowRight, Paperclip } from "lucide-react";
import { useState } from "react";
import CustomLogo from "@/components/kokonutui/custom-logo";
import { Textarea } from "@/components/ui/textarea";
import { useAutoResizeTextarea } from "@/hooks/use-auto-resize-textarea";
import { cn } from "@/lib/utils";
export default function AI_Prompt({ onSendMessage, disabled = false }: AI_PromptProps) {
