import React, { useState, useRef, useEffect } from 'react';
import { cn } from '../lib/utils';
import { useChatMessages } from '../hooks/useChatMessages';
import { useSettings } from '../context/SettingsContext';
import { useChatHistory } from '../hooks/useChatHistory';
import { CodeArtifact, Message  } from '../types/chat';
import { MessageBubble } from './MessageBubble';
import { TypingIndicator } from './TypingIndicator';
import { Sidebar } from './Sidebar';
import { SettingsMenu } from './SettingsMenu';
import { IsolatedDevEnvironment } from './IsolatedDevEnvironment';
import { ElectronTitleBar } from './ElectronTitleBar';
import { Send, Menu, X, Plus, Sparkles, Code, FileText, Lightbulb, Paperclip, Mic, Image, Smile, Cpu, ChevronDown, PanelLeft } from 'lucide-react';
export const ChatInterface: React.FC = () => {
      'glm-4.5-chat': 'GLM-4.5 Chat',
      'glm-4.5-long': 'GLM-4.5 Long',
      'glm-4.5-air': 'GLM-4.5 Air',
      'glm-4.5-flash': 'GLM-4.5 Flash'
            <h1 className="header-title">ChatGLM Web</h1>
                  Willkommen bei ChatGLM Web
                      {(['glm-4.5-chat', 'glm-4.5-long', 'glm-4.5-air', 'glm-4.5-flash'] as const).map((model) => (
