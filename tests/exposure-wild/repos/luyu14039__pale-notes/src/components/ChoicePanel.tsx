import { useState, useEffect } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { ChevronDown, ChevronUp } from 'lucide-react';
export function ChoicePanel({ options, onSelect, onCustomAction, disabled, isInputAllowed = true }: ChoicePanelProps) {
