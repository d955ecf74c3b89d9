"use client";
import { useCallback, useEffect, useState, useRef } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { motion, AnimatePresence } from "framer-motion";
import { Home, Shuffle, Target, Volume2, Sparkles, RefreshCw, ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { RecordingButton, TranscriptDisplay, ResultDisplay } from "@/components/speech/RecordingButton";
import { useSpeechWithOpenAI } from "@/hooks/useSpeechWithOpenAI";
import { useSmartQuestionBank } from "@/hooks/useSmartQuestionBank";
import { ServiceStatus } from "@/components/ServiceStatus";
export default function PracticePage() {
