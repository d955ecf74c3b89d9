import { useEffect, useState } from 'react';
import type { MouseEvent } from 'react';
import { useHistory } from '../context/HistoryContext';
import { formatRelativeTime } from '../lib/format';
import { proxied } from '../lib/proxied';
import { CloseIcon } from './icons';
import { ConfirmDialog } from './ConfirmDialog';
import type { HistoryItem } from '../types';
export function Sidebar({ onSelectItem, mobileOpen, onMobileClose }: SidebarProps) {
