'use client';
import { useState } from 'react';
import CanvasBoard from '@/components/CanvasBoard';
import { Sparkles, Bot, Loader2 } from 'lucide-react';
import { SimpleToast, ToastType } from '@/components/ui/SimpleToast';
export default function UserDrawGame() {
