import React, { useState, useRef, useEffect } from 'react';
import { ChevronDown } from 'lucide-react';
import type { ChatType, ModelConfig, Provider } from '../../types';
import { MODELS, PROVIDER_NAMES, PROVIDER_COLORS } from '../../types';
export function ModelSelector({ type, selectedModel, selectedProvider, onChange }: Props) {
