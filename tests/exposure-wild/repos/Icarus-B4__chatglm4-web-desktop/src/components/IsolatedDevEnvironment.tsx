import React, { useState, useRef, useEffect } from 'react';
import { cn } from '../lib/utils';
import { CodeArtifact } from '../types/chat';
import { X, Download, Copy, Play, ExternalLink, Maximize2, Minimize2, Code, RefreshCw, Server, FolderTree } from 'lucide-react';
export const IsolatedDevEnvironment: React.FC<IsolatedDevEnvironmentProps> = ({ artifacts, isOpen, onClose }) => {
