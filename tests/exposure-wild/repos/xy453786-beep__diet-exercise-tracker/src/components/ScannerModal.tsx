import React, { useState, useEffect, useRef, useCallback } from 'react';
import { Camera, X, Sparkles, RefreshCw, FlipHorizontal } from 'lucide-react';
import { motion, AnimatePresence } from 'motion/react';
export default function ScannerModal({ isOpen, onClose, onCapture }: ScannerModalProps) {
