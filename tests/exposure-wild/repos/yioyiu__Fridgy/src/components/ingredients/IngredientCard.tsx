import React, { useState, useEffect, useRef } from 'react';
import { View, Text, StyleSheet, TouchableOpacity, Animated } from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { Ingredient } from '@/utils/types/ingredient';
import { COLORS } from '@/utils/constants';
import { formatRelativeDate, calculateDaysToExpiry } from '@/utils/helpers';
import { useI18n } from '@/utils/i18n';
export interface IngredientCardProps {
export const IngredientCard: React.FC<IngredientCardProps> = ({
