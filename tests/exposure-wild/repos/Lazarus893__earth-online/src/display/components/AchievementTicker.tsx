import { motion, AnimatePresence } from 'framer-motion'
import { useState, useEffect } from 'react'
import { colors, geometry, easing, duration } from '../../design-system'
import HudText from './ui/HudText'
export default function AchievementTicker() {
