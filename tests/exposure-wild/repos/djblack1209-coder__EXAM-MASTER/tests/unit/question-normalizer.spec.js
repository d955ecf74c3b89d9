import { describe, it, expect } from 'vitest';
import {
} from '@/utils/practice/question-normalizer.js';
