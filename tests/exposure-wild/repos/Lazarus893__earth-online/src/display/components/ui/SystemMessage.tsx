import { useState, useEffect, useCallback } from 'react'
import { motion, AnimatePresence } from 'framer-motion'
import { colors, typography, easing, duration } from '../../../design-system'
export default function SystemMessage({
export function SystemMessageSequence({
