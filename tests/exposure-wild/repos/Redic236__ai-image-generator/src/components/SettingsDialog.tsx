import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSettings } from '../context/SettingsContext';
import { useToast } from '../context/ToastContext';
import { MODEL_OPTIONS } from '../lib/constants';
import { CloseIcon } from './icons';
import type { ImageModel } from '../types';
export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
                href="https://bigmodel.cn/usercenter/proj-mgmt/apikeys"
