import { describe, it, expect } from 'vitest';
import type { GenusProfile } from '@/types/genus';
import {
} from './seasonal-refresh';
