import { useState, useMemo } from "react";
import {
} from "lucide-react";
import type { Suggestion, SuggestionType } from "@/lib/types";
export function safeSuggestionText(value: unknown): string {
export function DiffRewriteFlow({ suggestions }: Props) {
