'use client';
import { useStore } from '@/lib/store';
import type { MaterialType } from '@/lib/claude';
export default function MaterialTypeSelect({
