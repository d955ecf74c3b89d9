import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { proxied } from '../lib/proxied';
import { Lightbox } from './Lightbox';
import { CloseIcon, Spinner } from './icons';
import type { BatchTile, DisplayState, HistoryItem, ImageSize } from '../types';
export function BatchGrid({ state, onRetryTile, onDismissTile }: BatchGridProps) {
export function EmptyState() {
