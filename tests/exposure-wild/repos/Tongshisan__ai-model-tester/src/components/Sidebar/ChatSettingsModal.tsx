import React, { useState } from 'react';
import { X, Trash2 } from 'lucide-react';
import { useChatStore } from '../../store/chatStore';
import type { Chat } from '../../types';
export function ChatSettingsModal({ chat, onClose }: Props) {
