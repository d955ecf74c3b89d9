"use client";
import { motion } from "framer-motion";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { LogOut, Trophy, Star, ShoppingBag } from "lucide-react";
import { useGameStore } from "@/stores/gameStore";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Badge } from "@/components/ui/Badge";
import { SyncStatusCompact } from "@/components/SyncStatus";
import { CloudSyncButton } from "@/components/CloudSyncButton";
export default function ChildWorldPage() {
