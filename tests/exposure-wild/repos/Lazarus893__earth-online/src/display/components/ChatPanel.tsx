import { useState, useRef, useEffect, useCallback } from 'react'
import { motion, AnimatePresence } from 'framer-motion'
import type { ChatMessage } from '../../hooks/useChatSystem'
import { colors, easing, duration, typography } from '../../design-system'
import { assets } from '../assets'
import MarkdownContent from './ui/MarkdownContent'
import OracleOrb from './ui/OracleOrb'
import ResourceCard, { parseResources } from './chat/ResourceCard'
export default function ChatPanel({ open, onClose, messages, loading, streamingContent, onSend, onClear }: ChatPanelProps) {
