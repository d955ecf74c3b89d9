import React, { useState } from 'react';
import { View, StyleSheet, TouchableOpacity, Text } from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { LinearGradient } from 'expo-linear-gradient';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
import { SwipePagesContainer } from '@/components/navigation/SwipePagesContainer';
import OverviewScreen from './overview/index';
import DashboardScreen from './index';
import StatisticsScreen from './statistics/index';
import SettingsScreen from './settings/index';
export default function SwipeLayout() {
