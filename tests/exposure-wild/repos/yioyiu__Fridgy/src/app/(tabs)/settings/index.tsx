import React, { useEffect, useState } from 'react';
import {
} from 'react-native';
import { useSafeAreaInsets } from 'react-native-safe-area-context';
import { List, Divider, Button, TextInput } from 'react-native-paper';
import { MaterialCommunityIcons } from '@expo/vector-icons';
import DateTimePicker from '@react-native-community/datetimepicker';
import { COLORS } from '@/utils/constants';
import { useI18n, SUPPORTED_LANGUAGES, type LanguageCode } from '@/utils/i18n';
import { useSettingsStore } from '@/store/settings/slice';
import { useIngredientsStore } from '@/store/ingredients/slice';
import * as FileSystem from 'expo-file-system/legacy';
import * as DocumentPicker from 'expo-document-picker';
import { PrivacyPolicyModal } from '@/components/PrivacyPolicyModal';
import { TermsOfServiceModal } from '@/components/TermsOfServiceModal';
import { SupportModal } from '@/components/SupportModal';
import { OnboardingScreen } from '@/components/onboarding';
import { appRatingService } from '@/services/rating';
import { dataClearService } from '@/services/data';
import { versionChecker } from '@/services/version/versionChecker';
import { SwipeToDelete, LongPressDelete, SimpleGradient, ClearDataModal } from '@/components/ui';
export default function SettingsScreen() {
