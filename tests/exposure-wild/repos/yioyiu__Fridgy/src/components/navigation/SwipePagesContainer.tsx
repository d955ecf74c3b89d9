import React, { useState, useRef, useEffect } from 'react';
import { View, StyleSheet, Animated, Dimensions } from 'react-native';
import { PanGestureHandler, State } from 'react-native-gesture-handler';
import { COLORS } from '@/utils/constants';
export const SwipePagesContainer: React.FC<SwipePagesContainerProps> = ({
