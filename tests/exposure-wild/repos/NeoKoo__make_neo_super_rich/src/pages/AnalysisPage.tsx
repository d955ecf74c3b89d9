import { useState } from 'react';
import { useAnalysis } from '../hooks/useAnalysis';
import { Header } from '../components/layout/Header';
import { TabBar } from '../components/layout/TabBar';
import { HotColdNumbers } from '../components/analysis/HotColdNumbers';
import { PersonalAnalysis } from '../components/analysis/PersonalAnalysis';
import { MissingValueChart, IntervalDistribution } from '../components/analysis/advanced';
import { Loading } from '../components/common/Loading';
import { SkeletonAnalysis } from '../components/common/Skeleton';
import { BarChart3, TrendingUp, User, RefreshCw, Activity, Grid3x3 } from 'lucide-react';
export function AnalysisPage() {
