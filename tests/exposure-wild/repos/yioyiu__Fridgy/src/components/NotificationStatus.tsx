import React from 'react';
import { View, Text, StyleSheet } from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
import { EnvironmentHelper } from '@/utils/helpers/environment';
export const NotificationStatus: React.FC<NotificationStatusProps> = ({
