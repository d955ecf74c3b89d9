import { type PersonalAnalysis } from '../../types/analysis';
import { TrendingUp, Target, Award, BarChart3 } from 'lucide-react';
export function PersonalAnalysis({ analysis }: PersonalAnalysisProps) {
