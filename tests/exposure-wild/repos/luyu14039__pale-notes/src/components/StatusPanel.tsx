import { useGameStore, AspectState } from '@/stores/game';
import { useUIStore } from '@/stores/ui';
import { Heart, Brain, Coins, LogOut, Settings } from 'lucide-react';
export function StatusPanel({ className = '' }: StatusPanelProps) {
