import { useState, useEffect, useRef } from 'react';
import { Alert, Platform } from 'react-native';
import { useI18n } from '@/utils/i18n';
import { PermissionManager } from '@/services/permissions';
import { EnvironmentHelper } from '@/utils/helpers/environment';
export interface UseSpeechRecognitionReturn {
export const useSpeechRecognition = (): UseSpeechRecognitionReturn => {
                const voice = await import('@react-native-voice/voice');
                        const voice = await import('@react-native-voice/voice');
