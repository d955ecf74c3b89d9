import { useRef, useEffect } from 'react';
import { X, Download } from 'lucide-react';
import { useTableStore } from '../store/tableStore';
import html2canvas from 'html2canvas';
export function SharePosterDialog({ isOpen, onClose, latestDescription, lastUserPrompt }: SharePosterDialogProps) {
