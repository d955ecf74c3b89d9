import React from 'react';
import {
} from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { COLORS } from '@/utils/constants';
import { useI18n } from '@/utils/i18n';
export const TermsOfServiceModal: React.FC<TermsOfServiceModalProps> = ({
