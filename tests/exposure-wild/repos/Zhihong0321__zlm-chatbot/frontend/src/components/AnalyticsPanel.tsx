import { useState } from 'react';
import { useSessionAnalytics, useActivityTimeline } from '../hooks/useApi';
export default function AnalyticsPanel({ className = '' }: AnalyticsPanelProps) {
