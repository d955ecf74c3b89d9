import { useState } from 'react';
import { useHistory } from '../hooks/useHistory';
import { useLotteryAPI } from '../hooks/useLotteryAPI';
import { useToast } from '../hooks/useToast';
import { Header } from '../components/layout/Header';
import { HistoryItem } from '../components/history/HistoryItem';
import { Loading } from '../components/common/Loading';
import { SkeletonList } from '../components/common/Skeleton';
import { TabBar } from '../components/layout/TabBar';
import { RefreshCw, Trash2, FileText } from 'lucide-react';
import { soundManager } from '../utils/soundManager';
export function HistoryPage() {
