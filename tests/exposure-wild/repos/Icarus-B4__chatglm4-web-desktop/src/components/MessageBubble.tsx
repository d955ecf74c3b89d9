import React from 'react';
import { cn, formatTimestamp } from '../lib/utils';
import { Message, CodeArtifact } from '../types/chat';
import { User, Bot, Settings, Eye, EyeOff, Sparkles, Code, Play, AlertCircle } from 'lucide-react';
import { useSettings } from '../context/SettingsContext';
import { FullscreenPreview } from './FullscreenPreview';
export const MessageBubble: React.FC<MessageBubbleProps> = ({ message, onOpenPreview }) => {
              {isUser ? 'Du' : 'ChatGLM'}
