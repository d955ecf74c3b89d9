'use client';
import { ArrowLeft, ArrowRight, Cpu, Palette, Code, BarChart3, Search, FileText, Languages } from 'lucide-react';
import Link from 'next/link';
import { OfficeScene } from '@/components/OfficeScene';
import { useAgentStore } from '@/store/agentStore';
import type { AgentRole } from '@/types';
import { Button } from '@/components/ui/button';
export default function AboutPage() {
