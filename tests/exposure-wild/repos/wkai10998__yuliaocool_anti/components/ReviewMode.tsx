import React, { useState, useRef, useEffect } from 'react';
import { Mic, RefreshCw, Volume2, Loader2, Sparkles, AlertCircle, Info, CheckCircle2, RotateCcw, PlayCircle, ArrowRight, Bookmark, X, ArrowLeft, Pause, Play, Square, Settings, MessageSquare, ChevronDown, Cpu, BookOpen, PenTool } from 'lucide-react';
import { Button } from './Button';
import { CorpusItem, ContextScenario } from '../types';
import { generateContextScenario, generateReviewFeedback, ReviewFeedback, generateSpeech, transcribeAudio } from '../services/zhipuService';
import { audioPlayer } from '../services/audioService';
export const ReviewMode: React.FC<ReviewModeProps> = ({ corpus, onExit, onAddItems }) => {
