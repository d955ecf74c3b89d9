import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { TextInput, Button } from 'react-native-paper';
import DateTimePicker from '@react-native-community/datetimepicker';
import { IngredientFormData } from '@/utils/types/ingredient';
import { COLORS } from '@/utils/constants';
import { useSettingsStore } from '@/store/settings/slice';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { useI18n } from '@/utils/i18n';
import { aiManager, LocationStorageAnalysisResult } from '@/services/ai/aiManager';
export interface QuickAddModalProps {
export const QuickAddModal: React.FC<QuickAddModalProps> = ({
