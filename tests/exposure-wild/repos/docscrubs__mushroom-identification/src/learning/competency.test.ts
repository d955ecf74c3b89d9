import { describe, it, expect } from 'vitest';
import type { EvidenceEntry } from '@/types/user';
import {
} from './competency';
