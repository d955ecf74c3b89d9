import React, { useState, useRef, useEffect } from 'react';
import { cn } from '../lib/utils';
import { Code, Eye, Download, Copy, Play, Square, X, Maximize2, Minimize2 } from 'lucide-react';
import { CodeArtifact } from '../types/chat';
import { FullscreenPreview } from './FullscreenPreview';
export const RightSidePanel: React.FC<RightSidePanelProps> = ({ artifacts, isOpen, onClose }) => {
