import { describe, it, expect } from 'vitest';
import type { CompetencyStatus } from '@/types/user';
import {
} from './adaptive-guidance';
