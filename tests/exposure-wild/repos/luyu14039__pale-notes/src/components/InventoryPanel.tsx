import { useGameStore } from '@/stores/game';
import { Package, Search, BookOpen } from 'lucide-react';
import { useState } from 'react';
import { getClue, getLore } from '@/constants/gameData';
export function InventoryPanel({ className = '' }: InventoryPanelProps) {
