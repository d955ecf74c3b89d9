import React, { useState, useEffect, useCallback, useRef } from 'react';
import { Mic, RotateCcw, CheckCircle, Volume2, PlayCircle, Loader2, Settings, X, Trophy, MessageSquare, PauseCircle, ChevronDown, Flag } from 'lucide-react';
import { Button } from './Button';
import { CorpusItem, LearnContext } from '../types';
import { generateLearnContext, generateSpeech } from '../services/zhipuService';
import { audioPlayer } from '../services/audioService';
export const LearnMode: React.FC<LearnModeProps> = ({ corpus, onUpdateProgress, onExit }) => {
