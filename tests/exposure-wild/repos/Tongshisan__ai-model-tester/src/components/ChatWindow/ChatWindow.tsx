import React, { useEffect, useRef, useCallback } from 'react';
import { useChatStore } from '../../store/chatStore';
import { sendChatMessage } from '../../services';
import { MODELS, PROVIDER_NAMES } from '../../types';
import type { Provider } from '../../types';
import { MessageBubble } from './MessageBubble';
import { ChatInput } from './ChatInput';
import { ModelSelector } from '../ModelSelector/ModelSelector';
import { MessageSquare, AlertCircle } from 'lucide-react';
export function ChatWindow({ chatId }: Props) {
