import { useGameStore } from '@/stores/game';
import { Users, MapPin, ChevronDown, ChevronUp } from 'lucide-react';
import { useState } from 'react';
export function RelationshipPanel({ className = '' }: RelationshipPanelProps) {
