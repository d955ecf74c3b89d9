"use client";
import { useRouter } from "next/navigation";
import { ArrowLeft, Home, Settings as SettingsIcon, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
export default function SettingsPage() {
