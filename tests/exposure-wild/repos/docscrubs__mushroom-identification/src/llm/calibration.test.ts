import { MushroomDB } from '@/db/database';
import { recordCalibration, getCalibrationSummary } from './calibration';
import type { LLMDirectIdentification, IdentificationResult } from '@/types';
