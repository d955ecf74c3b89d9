import React, { useState, useEffect, useRef } from 'react';
import { UploadModal } from './components/UploadModal';
import { LearnMode } from './components/LearnMode';
import { ReviewMode } from './components/ReviewMode';
import { CorpusManager } from './components/CorpusManager';
import { AppMode, CorpusItem, ContextScenario } from './types';
import { BookOpen, Mic2, Library, Zap, Clock, TrendingUp } from 'lucide-react';
import { generateContextScenario } from './services/zhipuService';
export default function App() {
