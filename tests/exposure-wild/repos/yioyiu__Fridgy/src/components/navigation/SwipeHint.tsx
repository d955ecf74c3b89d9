import React, { useEffect, useRef } from 'react';
import { View, Text, StyleSheet, Animated } from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
export const SwipeHint: React.FC<SwipeHintProps> = ({ visible, onComplete }) => {
