import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
} from 'lucide-react';
import { useNavigate } from 'react-router-dom';
import { type Subject } from '../data/mockData';
import { fetchSubjects } from '../services/catalogService';
import { chatWithGLMStream } from '../services/glmService';
import {
} from '../services/conversationService';
import { useAuthStore } from '../store/authStore';
import {
} from '../types/agent';
import { stripMarkdown } from '../utils/plainText';
      const reply = await chatWithGLMStream(text, selectedSubject, history, goal, {
export default Agent;
