import React, { useState, useCallback } from 'react';
import {
} from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
export const ClearDataModal: React.FC<ClearDataModalProps> = ({
