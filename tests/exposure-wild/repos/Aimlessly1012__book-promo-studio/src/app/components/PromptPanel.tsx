'use client';
import { useStore } from '@/lib/store';
export default function PromptPanel() {
