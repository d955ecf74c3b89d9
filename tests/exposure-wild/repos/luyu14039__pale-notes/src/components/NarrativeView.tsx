import { useEffect, useRef, useState } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import { motion, AnimatePresence } from 'framer-motion';
import { ChevronDown, ChevronUp } from 'lucide-react';
export function NarrativeView({ messages, isTyping, isAnalyzingData, streamingContent, streamingReasoning }: NarrativeViewProps) {
