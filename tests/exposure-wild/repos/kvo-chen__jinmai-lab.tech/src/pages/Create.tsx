import { useState, useContext, useEffect, useRef, useMemo, useCallback } from 'react';
import { motion } from 'framer-motion';
import { useTheme } from '@/hooks/useTheme';
import { useNavigate, useLocation } from 'react-router-dom';
import { AuthContext } from '@/contexts/authContext';
import { toast } from 'sonner';
import CollaborationPanel from '@/components/CollaborationPanel';
import AIReview from '@/components/AIReview';
import LLMCommandPanel from '@/components/LLMCommandPanel';
import ModelSelector from '@/components/ModelSelector';
import { HaiheBoatTransition, TianjinImage } from '@/components/TianjinStyleComponents';
import { llmService } from '../services/llmService';
import doubao, { createVideoTask, pollVideoTask } from '@/services/doubao'
import { promptTemplates } from '@/data/promptTemplates';
export default function Create() {
        const msg = (created as any)?.error === 'CONFIG_MISSING' ? '服务端未配置 DOUBAO_API_KEY，请在 .env.local 设置后重启' : `创建视频任务失败：${code}`
        const msg = (polled as any)?.error === 'CONFIG_MISSING' ? '服务端未配置 DOUBAO_API_KEY，请在 .env.local 设置后重启' : `查询视频任务失败：${code}`
