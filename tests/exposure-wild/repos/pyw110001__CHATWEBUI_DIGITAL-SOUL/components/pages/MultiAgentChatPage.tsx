import React, { useState, useEffect, useRef, useCallback } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Agent, Message } from '../../types';
import { startChatSession, streamMessage, ChatSession } from '../../services/chatglmService';
      const apiBaseUrl = import.meta.env.VITE_API_BASE_URL || 
        (import.meta.env.PROD ? '' : 'http://localhost:8000');
export default MultiAgentChatPage;
