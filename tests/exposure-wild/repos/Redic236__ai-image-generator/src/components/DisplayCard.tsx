import { useState } from 'react';
import { proxied } from '../lib/proxied';
import { formatRelativeTime, formatSize } from '../lib/format';
import { STYLE_LABEL } from '../lib/constants';
import { useToast } from '../context/ToastContext';
import { Spinner } from './icons';
import { BatchGrid, EmptyState } from './DisplayCard.tiles';
import { asBatchCount } from '../types';
import type { BatchCount, BatchTile, DisplayState, GenerateParams } from '../types';
export function DisplayCard({ state, onGenerate, onRetryTile, onDismissTile }: DisplayCardProps) {
      // Dynamic import — jszip is only loaded the first time a user clicks
      const { default: JSZip } = await import('jszip');
