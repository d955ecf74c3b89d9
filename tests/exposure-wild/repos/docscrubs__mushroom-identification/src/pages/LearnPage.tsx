import { useState, useEffect, useCallback } from 'react';
import { Link } from 'react-router-dom';
import { Rating, State } from 'ts-fsrs';
import { db } from '@/db/database';
import type { ReviewCard, ReviewSession } from '@/types/learning';
import type { CompetencyRecord } from '@/types/user';
import { getDueCards } from '@/learning/scheduler';
import {
} from '@/learning/review-session';
import { getCompetencyLevel } from '@/learning/competency';
import {
} from '@/learning/seasonal-refresh';
import { seedGenera } from '@/data/seed-genera';
export function LearnPage() {
