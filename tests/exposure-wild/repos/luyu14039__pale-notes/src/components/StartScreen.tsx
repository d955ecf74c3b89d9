import { useState, useMemo, useEffect } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { useGameStore, AspectState } from '@/stores/game';
import { useMetaStore } from '@/stores/meta';
import { useUIStore } from '@/stores/ui';
import { Trophy, Book, Map, Settings } from 'lucide-react';
import { TutorialModal } from '@/components/TutorialModal';
import { ApiKeyModal } from '@/components/ApiKeyModal';
import { NewYearModal } from '@/components/NewYearModal';
import { DebugPanel } from '@/components/DebugPanel';
import { StarRequestModal } from '@/components/StarRequestModal';
export function StartScreen() {
