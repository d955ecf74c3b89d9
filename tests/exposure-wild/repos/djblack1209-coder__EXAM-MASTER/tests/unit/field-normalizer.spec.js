import { describe, it, expect } from 'vitest';
import {
} from '@/utils/field-normalizer.js';
