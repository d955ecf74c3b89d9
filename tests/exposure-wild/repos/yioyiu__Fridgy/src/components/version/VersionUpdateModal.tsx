import React from 'react';
import {
} from 'react-native';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import { useI18n } from '@/utils/i18n';
import { VersionInfo } from '@/services/version/versionChecker';
export const VersionUpdateModal: React.FC<VersionUpdateModalProps> = ({
