import React, { useEffect, useState } from 'react';
import { Sidebar } from './components/Sidebar/Sidebar';
import { ChatWindow } from './components/ChatWindow/ChatWindow';
import { ImagePanel } from './components/ImagePanel/ImagePanel';
import { SettingsModal } from './components/SettingsModal/SettingsModal';
import { useChatStore } from './store/chatStore';
import { Bot, Sparkles } from 'lucide-react';
export default App;
