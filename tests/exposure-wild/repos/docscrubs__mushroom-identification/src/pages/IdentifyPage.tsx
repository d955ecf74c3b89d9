import { useState, useRef, useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { Observation, IdentificationResult, Heuristic, LLMExplanation, FollowUpQuestion } from '@/types';
import { assembleResult } from '@/engine/result-assembler';
import { featureRules } from '@/engine/feature-rules';
import { ALL_GENERA } from '@/engine/genera';
import { getGenusEdibility } from '@/engine/edibility';
import { generateOfflineExplanation } from '@/engine/explanation-templates';
import { useAppStore } from '@/stores/app-store';
import { db } from '@/db/database';
import { extractFeatures, fileToDataUrl } from '@/llm/extract-features';
import { generateExplanation } from '@/llm/explain';
import { recordCalibration } from '@/llm/calibration';
import { buildGuidanceContext, type GuidanceContext } from '@/learning/adaptive-guidance';
import { SafetyDisclaimer } from '@/components/SafetyDisclaimer';
export function IdentifyPage() {
