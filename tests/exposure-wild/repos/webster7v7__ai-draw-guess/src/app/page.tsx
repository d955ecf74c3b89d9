'use client';
import { useState } from 'react';
import { Pencil, Bot, Sparkles } from 'lucide-react';
import { cn } from '@/lib/utils';
import UserDrawGame from '@/components/UserDrawGame';
import AiDrawGame from '@/components/AiDrawGame';
export default function Home() {
                Challenge the visual intelligence of <span className="text-indigo-600 font-bold">GLM-4V-Flash</span> in two exciting modes.
