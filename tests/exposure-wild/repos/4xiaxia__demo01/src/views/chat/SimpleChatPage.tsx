import { useState, useEffect, useRef } from "react";
import { useSearchParams } from "react-router-dom";
import { Send, Loader2, Mic, Square, Volume2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Card } from "@/components/ui/card";
import { useVoiceRecord } from "@/hooks/useVoiceRecord";
import { configManager } from "@/core/config-manager";
import {
} from "@/lib/voice-utils";
export function SimpleChatPage() {
