import React from 'react';
import { cn } from '../lib/utils';
import { CodeArtifact } from '../types/chat';
import { X, Download, Copy, Play, ExternalLink } from 'lucide-react';
export const CodePreview: React.FC<CodePreviewProps> = ({ artifacts, isOpen, onClose }) => {
