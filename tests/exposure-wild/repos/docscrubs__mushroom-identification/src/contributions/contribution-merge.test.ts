import { describe, it, expect } from 'vitest';
import type { UserContribution } from '@/types/user';
import type { GenusProfile } from '@/types/genus';
import {
} from './contribution-merge';
