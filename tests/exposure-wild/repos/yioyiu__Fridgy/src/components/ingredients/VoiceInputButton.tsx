import React, { useState, useRef } from 'react';
import { View, StyleSheet, Animated, Alert } from 'react-native';
import { TouchableOpacity } from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
export const VoiceInputButton: React.FC<VoiceInputButtonProps> = ({
