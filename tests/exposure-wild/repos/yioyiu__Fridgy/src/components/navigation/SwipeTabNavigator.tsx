import React, { useState, useRef, useEffect } from 'react';
import {
} from 'react-native';
import { PanGestureHandler, State } from 'react-native-gesture-handler';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
import { SwipeHint } from './SwipeHint';
export const SwipeTabNavigator: React.FC<SwipeTabNavigatorProps> = ({
