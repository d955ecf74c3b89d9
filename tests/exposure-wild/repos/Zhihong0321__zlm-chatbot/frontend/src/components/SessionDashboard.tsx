import { useState, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useSessions, useDeleteSession, useSearchSessions, useBulkDeleteSessions, useArchiveSession } from '../hooks/useApi';
import { formatDistanceToNow } from 'date-fns';
import AnalyticsPanel from './AnalyticsPanel';
export default function SessionDashboard() {
