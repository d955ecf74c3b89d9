import { useState, useRef, useEffect, useCallback } from 'react'
import { createPortal } from 'react-dom'
import { motion, AnimatePresence } from 'framer-motion'
import type { DimensionKey } from '../../App'
import type { HierarchyGoal } from '../../core/hierarchy'
import type { SelectedItem, EditResult } from '../../services/hierarchyEditor'
import { colors, easing } from '../../design-system'
import OracleOrb from './ui/OracleOrb'
import MarkdownContent from './ui/MarkdownContent'
const GATEWAY_URL = import.meta.env.VITE_OPENCLAW_GATEWAY_URL || '/api/openclaw'
const GATEWAY_TOKEN = import.meta.env.VITE_OPENCLAW_API_KEY || ''
export default function HierarchyEditDialog({
          model: import.meta.env.VITE_OPENCLAW_MODEL || 'openclaw/codex',
