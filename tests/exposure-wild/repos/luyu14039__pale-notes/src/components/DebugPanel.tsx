import { useGameStore } from '@/stores/game';
import { useUIStore } from '@/stores/ui';
import { getItemTemplate } from '@/constants/items';
import { Bug, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
export function DebugPanel({ dataInput, dataOutput }: DebugPanelProps) {
