import React from 'react';
import { cn, formatTimestamp } from '../lib/utils';
import { MessageSquare, Plus, X, Settings, PanelLeft, Trash2 } from 'lucide-react';
import { useChatHistory, ChatSession } from '../hooks/useChatHistory';
export const Sidebar: React.FC<SidebarProps> = ({ 
