"use client";
import Link from "next/link";
import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "next/navigation";
import { Card, CardContent } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Nav } from "@/components/Nav";
import { Footer } from "@/components/Footer";
import { MatchScore } from "@/components/MatchScore";
import { GapCard } from "@/components/GapCard";
import { SuggestionCard } from "@/components/SuggestionCard";
import { mockResult } from "@/lib/mock-data";
import type {
} from "@/lib/agent/schemas";
          PDF export is on the roadmap. For now, take a screenshot or copy the
export default function ResultPage() {
