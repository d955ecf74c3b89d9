import React, { useState } from 'react';
import { Plus, MessageSquare, Image, Settings, Bot, MoreHorizontal, Trash2 } from 'lucide-react';
import { useChatStore } from '../../store/chatStore';
import { MODELS, PROVIDER_COLORS } from '../../types';
import type { Chat } from '../../types';
import { NewChatModal } from './NewChatModal';
import { ChatSettingsModal } from './ChatSettingsModal';
import {
} from '@/components/ui/dropdown-menu';
export function Sidebar({ onOpenSettings }: Props) {
