"use client";
import { useState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { motion, AnimatePresence } from "framer-motion";
import { ArrowLeft, Home, Trophy, Zap, Shuffle, Sparkles, Mountain } from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Badge } from "@/components/ui/Badge";
import { QuestionGenerationLoading } from "@/components/QuestionGenerationLoading";
import { isSeedExpired } from "@/lib/questionGenerator";
export default function EnglishWorldPage() {
