import { describe, it, expect } from 'vitest';
import {
} from '../intervalAnalyzer';
