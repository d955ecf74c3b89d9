import React, { useMemo, useState, useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { AppState, EmotionType } from '../types';
import { getEmotionLogs } from '../services/emotionService';
import { isSubscribed } from '../services/usageLimitsService';
import { useDeepCareAI, DeepCareContent } from '../hooks/useDeepCareAI';
import { useUser } from '../contexts/UserContext';
import {
} from 'lucide-react';
        import('../i18n').then(module => {
export default EchoLand;
