'use client';
import { useState, useRef, useCallback } from 'react';
import { useStore } from '@/lib/store';
import type { Platform, CopyType, MaterialType, LLMProvider } from '@/lib/claude';
export default function ConfigForm({ onSubmit }: { onSubmit: () => void }) {
