import React, { useState, useEffect, useRef } from 'react';
import { Mic, MicOff, Play, BookOpen, User, Users, FileText, Ear, Volume2, UserCircle2, AlertCircle, Sparkles, CheckCircle2, GraduationCap, BrainCircuit, PauseCircle, SkipForward, History, Download, Trash2, ChevronLeft, Eye } from 'lucide-react';
import { ExamStage, Message, Part2Data, Part3Data, ExamResult, ExamMode, RealExamTopic, ExamRecord, ExamType, PracticePart } from './types';
// VITE_AI_PROVIDER 可以是: 'zhipu' (智谱), 'gemini' (Google Gemini), 'gemini-proxy' (Gemini 代理)
import { GeminiService as GeminiServiceZhipu, REAL_EXAM_TOPICS as REAL_EXAM_TOPICS_ZHIPU } from './services/zhipuService';
import { GeminiService as GeminiServiceDirect, REAL_EXAM_TOPICS as REAL_EXAM_TOPICS_DIRECT } from './services/geminiService';
import { GeminiService as GeminiServiceProxy, REAL_EXAM_TOPICS as REAL_EXAM_TOPICS_PROXY } from './services/geminiServiceProxy';
const aiProvider = import.meta.env.VITE_AI_PROVIDER || 'zhipu';
const GeminiService = aiProvider === 'zhipu' 
const REAL_EXAM_TOPICS = aiProvider === 'zhipu'
    ? REAL_EXAM_TOPICS_ZHIPU
import { StorageService } from './services/storageService';
import { PunctuationService } from './services/punctuationService';
import { useSpeech, useTTS } from './hooks/useSpeech';
import Timer from './components/Timer';
import Visualizer from './components/Visualizer';
  const addMessage = (role: 'user' | 'ai' | 'system', text: string, speechMetrics?: import('./types').SpeechMetrics) => {
export default App;
