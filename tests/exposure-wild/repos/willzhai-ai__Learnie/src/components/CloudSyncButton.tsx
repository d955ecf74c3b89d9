import { useState } from "react";
import { Cloud, CloudOff, RefreshCw, CheckCircle, AlertCircle } from "lucide-react";
import { useGameStore } from "@/stores/gameStore";
import * as dataSync from "@/lib/dataSync";
export function CloudSyncButton() {
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL;
