import { useState, useEffect } from 'react'
import { motion, AnimatePresence } from 'framer-motion'
import { colors, easing, duration } from '../../design-system'
import { getStatusColor } from '../../data/dimensionStatus'
import type { JournalEntry } from '../../services/journalGenerator'
import { getDailyReflection, type DailyReflection } from '../../services/journalReflection'
import type { DimensionData } from '../../App'
import HudText from './ui/HudText'
export default function JournalPanel({ entries, dimensions, onLog, loading }: JournalPanelProps) {
