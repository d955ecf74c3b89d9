'use client'
import { useEffect, useState } from 'react'
import { motion, AnimatePresence } from 'framer-motion'
import { Terminal, Zap, ShoppingCart, MessageSquare } from 'lucide-react'
export function ActivityLog() {
