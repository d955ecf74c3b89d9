import React, { useRef, useState, useEffect } from 'react';
import { View, StyleSheet, Animated, Dimensions } from 'react-native';
import { PanGestureHandler, State } from 'react-native-gesture-handler';
import { useRouter } from 'expo-router';
import { COLORS } from '@/utils/constants';
export const SwipePreviewWrapper: React.FC<SwipePreviewWrapperProps> = ({
