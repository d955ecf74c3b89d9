import React, { useState, useRef } from 'react';
import { Wand2, Upload, X, Download, Loader2, AlertCircle, Image as ImageIcon, RefreshCw } from 'lucide-react';
import { useChatStore } from '../../store/chatStore';
import { generateImage, editImage } from '../../services';
import { MODELS, PROVIDER_NAMES, PROVIDER_COLORS } from '../../types';
import type { Provider } from '../../types';
import { ModelSelector } from '../ModelSelector/ModelSelector';
const IMAGE_PROVIDERS: Provider[] = ['openai', 'zhipu', 'qwen', 'google'];
export function ImagePanel({ chatId }: Props) {
