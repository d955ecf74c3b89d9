import { useState, useEffect, useCallback } from 'react';
import { Link } from 'react-router-dom';
import { db } from '@/db/database';
import type { UserContribution, ContributionType } from '@/types/user';
import {
} from '@/contributions/contribution-store';
import { exportUserData, importUserData, type ExportedData } from '@/contributions/data-export';
type ViewMode = 'list' | 'add_note' | 'add_exception' | 'export';
export function ContributePage() {
  if (viewMode === 'export') {
          onClick={() => setViewMode('export')}
