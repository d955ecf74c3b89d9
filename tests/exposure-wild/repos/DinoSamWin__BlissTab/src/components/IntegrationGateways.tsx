import React, { useState, useRef, useEffect, useMemo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createPortal } from 'react-dom';
import { X, Plus, Edit2, Check, Trash2, Lock, Download, ArrowUpDown, GripVertical } from 'lucide-react';
import QuickImportModule from './QuickImportModule';
import {
} from '@dnd-kit/core';
import {
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { QuickLink, AppState } from '../types';
import GatewayEditModal from './GatewayEditModal';
import { getLocalLogoDataUrl, upsertLocalLogo } from '../services/gatewayLogoCacheService';
import { uploadGatewayLogo } from '../services/supabaseService';
import { canonicalizeUrl } from '../services/urlCanonicalService';
import { canAddGateway, isSubscribed, SUBSCRIPTION_LIMITS } from '../services/usageLimitsService';
import { getInternalUrl } from '../services/environmentService';
export default function IntegrationGateways({ links: propLinks, userId, onUpdate, appState }: Props) {
