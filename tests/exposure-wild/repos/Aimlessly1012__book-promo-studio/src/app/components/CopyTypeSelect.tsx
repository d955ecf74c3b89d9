'use client';
import { useStore } from '@/lib/store';
import type { CopyType } from '@/lib/claude';
export default function CopyTypeSelect({ onNext, onBack }: { onNext: () => void; onBack: () => void }) {
