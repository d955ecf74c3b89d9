import { motion, AnimatePresence } from 'framer-motion'
import { useState, useRef, useEffect } from 'react'
import type { DimensionKey } from '../../App'
import { assets } from '../assets'
export default function Transition({ dimension, onComplete }: TransitionProps) {
