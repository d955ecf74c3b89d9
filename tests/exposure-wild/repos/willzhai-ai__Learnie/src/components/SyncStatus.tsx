import { useState } from "react";
import { Cloud, CloudOff, RefreshCw, CheckCircle, AlertCircle } from "lucide-react";
import { useGameStore } from "@/stores/gameStore";
export function SyncStatus() {
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL;
export function SyncStatusCompact() {
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL;
