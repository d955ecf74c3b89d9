import { MarkerList, STATUS_PRESENTATION } from './MarkerList';
import type { AnalysisResult } from '../types';
export const ResultsDashboard = ({ result, onReset }: ResultsDashboardProps): JSX.Element => {
