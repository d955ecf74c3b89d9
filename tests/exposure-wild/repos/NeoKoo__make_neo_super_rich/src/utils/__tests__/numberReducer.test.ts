import { describe, it, expect, beforeEach } from 'vitest';
import { NumberReducer, NumberPool } from '../numberReducer';
import { quickACValue } from '../acValueCalculator';
