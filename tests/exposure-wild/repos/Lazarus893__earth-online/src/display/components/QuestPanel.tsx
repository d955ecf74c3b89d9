import type { CSSProperties } from 'react'
import { motion } from 'framer-motion'
import { colors, geometry, easing, duration } from '../../design-system'
import type { Quest } from '../../hooks/useGameState'
import HudText from './ui/HudText'
export default function QuestPanel({ quests, onComplete }: QuestPanelProps) {
