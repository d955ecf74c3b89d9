import { useCallback, useRef, useState } from 'react';
import { generateImage } from '../services/zhipu';
import { ApiError, friendlyError } from '../lib/errors';
import { useHistory } from '../context/HistoryContext';
import { useSettings } from '../context/SettingsContext';
import { useToast } from '../context/ToastContext';
import type {
} from '../types';
export function useImageGenerator({ requestOpenSettings }: UseImageGeneratorOptions) {
