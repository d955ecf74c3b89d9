import { describe, it, expect } from 'vitest';
import type { GenusProfile } from '@/types';
import {
} from './card-generator';
