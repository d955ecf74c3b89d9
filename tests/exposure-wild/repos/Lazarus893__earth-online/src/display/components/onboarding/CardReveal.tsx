import { motion, AnimatePresence } from 'framer-motion'
import { useState, useEffect, useCallback } from 'react'
import type { DimensionKey } from '../../../App'
import type { OnboardingResult } from '../../../core/scoring'
import { colors, geometry, typography } from '../../../design-system'
import HudText from '../ui/HudText'
import StatBar from '../ui/StatBar'
export default function CardReveal({ result, onComplete }: CardRevealProps) {
