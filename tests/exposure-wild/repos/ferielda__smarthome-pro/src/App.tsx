import React, { useState, useEffect, useRef, useReducer } from 'react';
import { flushSync } from 'react-dom';
import { motion, AnimatePresence } from 'motion/react';
import { 
} from 'lucide-react';
import { chatWithZhipu, type ChatMessage } from './api/zhipu';
export type AssistantIntent = { scene: string; deviceType: string; operation: string; value?: number | string | null };
export default function App() {
