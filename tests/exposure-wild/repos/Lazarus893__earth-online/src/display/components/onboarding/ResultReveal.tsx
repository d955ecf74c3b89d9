import { motion } from 'framer-motion'
import type { DimensionKey } from '../../../App'
import type { OnboardingResult } from '../../../core/scoring'
export default function ResultReveal({ result, onStart }: ResultRevealProps) {
