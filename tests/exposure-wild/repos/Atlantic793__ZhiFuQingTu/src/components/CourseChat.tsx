import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Send, Search, ExternalLink, Star, X } from 'lucide-react';
import { useNavigate } from 'react-router-dom';
import { chatWithGLMStream } from '../services/glmService';
import {
} from '../services/conversationService';
import { useAuthStore } from '../store/authStore';
import {
} from '../types/agent';
import { stripMarkdown } from '../utils/plainText';
      const reply = await chatWithGLMStream(text, null, history, 'courses', {
export default CourseChat;
