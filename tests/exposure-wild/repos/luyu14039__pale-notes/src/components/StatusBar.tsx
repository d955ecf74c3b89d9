import { useState } from 'react';
import { useGameStore } from '@/stores/game';
import { useUIStore } from '@/stores/ui';
import { MapPin, Clock, User, BookOpen, Loader2, ChevronDown, ChevronUp } from 'lucide-react';
export function StatusBar() {
