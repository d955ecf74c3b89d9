'use client';
import { useState } from 'react';
import { useStore } from '@/lib/store';
import type { LLMProvider } from '@/lib/claude';
export default function BookInput({ onSubmit, onBack }: { onSubmit: () => void; onBack: () => void }) {
