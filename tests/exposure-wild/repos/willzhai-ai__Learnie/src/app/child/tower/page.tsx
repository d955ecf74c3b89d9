"use client";
import { useState, useEffect, useCallback, useRef } from "react";
import { motion, AnimatePresence } from "framer-motion";
import {
} from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { useSpeechWithScoring } from "@/hooks/useSpeech";
import { apiFetch } from "@/lib/api";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
export default function TowerPage() {
