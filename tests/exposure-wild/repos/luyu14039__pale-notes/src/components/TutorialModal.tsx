import { useState } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { X, ChevronRight, ChevronLeft, BookOpen, Zap, Map } from 'lucide-react';
export function TutorialModal({ onClose }: TutorialModalProps) {
