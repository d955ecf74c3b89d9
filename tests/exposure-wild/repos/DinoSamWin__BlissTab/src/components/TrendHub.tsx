import React, { useMemo } from 'react';
import { AppState } from '../types';
import { getEmotionLogs, calculateEmotionalBaseline } from '../services/emotionService';
import { isSubscribed } from '../services/usageLimitsService';
import { useDeepCareAI } from '../hooks/useDeepCareAI';
import { BRAND_CONFIG } from '../constants';
import { Activity, History, Lock, Unlock, Zap, Shield, Sparkles } from 'lucide-react';
import { getInternalUrl } from '../services/environmentService';
export default TrendHub;
