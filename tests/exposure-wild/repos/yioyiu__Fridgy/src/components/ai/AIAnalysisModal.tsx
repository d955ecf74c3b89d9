import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
import { aiManager, StorageAnalysisResult } from '@/services/ai/aiManager';
import { useI18n } from '@/utils/i18n';
export const AIAnalysisModal: React.FC<AIAnalysisModalProps> = ({
