"use client";
import { useRouter } from "next/navigation";
import { ArrowLeft, Home, TrendingUp, BarChart3, Calendar, Trophy, Target } from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
export default function ReportsPage() {
