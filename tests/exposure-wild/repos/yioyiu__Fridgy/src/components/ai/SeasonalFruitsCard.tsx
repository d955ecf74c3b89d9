import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { Card } from 'react-native-paper';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { LinearGradient } from 'expo-linear-gradient';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
import { seasonalFruitsService, SeasonalFruitsResult } from '@/services/ai/seasonalFruits';
import { SeasonalFruitsScheduler, SeasonalFruitsData } from '@/services/notifications/seasonalFruitsScheduler';
export const SeasonalFruitsCard: React.FC<SeasonalFruitsCardProps> = ({ onRefresh }) => {
