import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { TextInput, Button } from 'react-native-paper';
import DateTimePicker from '@react-native-community/datetimepicker';
import { Ingredient, IngredientFormData } from '@/utils/types/ingredient';
import { COLORS } from '@/utils/constants';
import { useSettingsStore } from '@/store/settings/slice';
import { useIngredientsStore } from '@/store/ingredients/slice';
import { useI18n } from '@/utils/i18n';
export interface EditIngredientModalProps {
export const EditIngredientModal: React.FC<EditIngredientModalProps> = ({
