import React from 'react';
import { cn } from '../lib/utils';
import { CodeArtifact } from '../types/chat';
import { X, Download, Copy, Play, ExternalLink, Maximize2, Minimize2, Code } from 'lucide-react';
export const FullscreenPreview: React.FC<FullscreenPreviewProps> = ({ artifacts, isOpen, onClose }) => {
    <script>
    </script>
    <script>
    </script>
