'use client';
import { useState, useRef, useEffect } from 'react';
import { Bot, Play, Send, AlertCircle, Trophy, RefreshCw, HelpCircle, Sparkles, Loader2 } from 'lucide-react';
import { SimpleToast, ToastType } from '@/components/ui/SimpleToast';
import { cn } from '@/lib/utils';
import confetti from 'canvas-confetti';
export default function AiDrawGame() {
