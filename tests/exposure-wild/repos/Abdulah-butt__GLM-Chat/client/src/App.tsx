import { useCallback, useEffect, useRef, useState } from 'react';
import { MessageList } from './components/MessageList';
import { ChatInput } from './components/ChatInput';
import { EmptyState } from './components/EmptyState';
import { OrdersDashboard } from './components/OrdersDashboard';
import { ApiError, sendChatRequest } from './lib/api';
import type { ChatMessage } from './types';
export const App = (): JSX.Element => {
