"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { motion, AnimatePresence } from "framer-motion";
import { Home, Trophy, Target, X } from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { RecordingButton, TranscriptDisplay, ResultDisplay } from "@/components/speech/RecordingButton";
import { useSpeechWithScoring } from "@/hooks/useSpeech";
import { calculatePoints } from "@/lib/utils";
export default function ContestPage() {
