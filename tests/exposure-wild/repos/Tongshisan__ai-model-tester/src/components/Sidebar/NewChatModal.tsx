import React, { useState } from 'react';
import { X, MessageSquare, Image } from 'lucide-react';
import { useChatStore } from '../../store/chatStore';
import type { ChatType, ModelConfig, Provider } from '../../types';
import { MODELS, PROVIDER_NAMES } from '../../types';
import {
} from '@/components/ui/select';
export function NewChatModal({ onClose }: Props) {
