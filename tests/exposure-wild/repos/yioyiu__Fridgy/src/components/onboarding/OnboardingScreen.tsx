import React, { useState, useRef } from 'react';
import {
} from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { Button } from 'react-native-paper';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
export default function OnboardingScreen({ onComplete }: OnboardingScreenProps) {
