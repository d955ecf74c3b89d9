import { describe, it, expect } from 'vitest';
import { quickACValue, calculateACValue, SSQ_AC_CONFIG, filterByACValue } from '../acValueCalculator';
