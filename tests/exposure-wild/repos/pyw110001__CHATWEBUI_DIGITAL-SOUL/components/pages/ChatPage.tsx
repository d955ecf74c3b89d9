import React, { useState, useEffect, useRef, useCallback } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Agent, Message } from '../../types';
import { startChatSession, streamMessage, getSuggestedReplies, ChatSession } from '../../services/chatglmService';
import { getChatHistories, saveChatHistory, createChatHistory, deleteChatHistory, ChatHistory } from '../../services/chatHistory';
import SearchIcon from '../icons/SearchIcon';
import UserIcon from '../icons/UserIcon';
        text: `你好，我是${agent.name}。注意：需要启动Python后端服务并配置CHATGLM_API_KEY才能使用AI聊天功能。` 
        text: `你好，我是${agent.name}。注意：需要启动Python后端服务并配置CHATGLM_API_KEY才能使用AI聊天功能。` 
export default ChatPage;
