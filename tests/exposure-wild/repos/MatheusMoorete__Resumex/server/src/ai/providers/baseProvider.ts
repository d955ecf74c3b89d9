import { z } from 'zod';
import { AIProviderCallParams, AIProviderResponse } from '../types.js';
import { calculateCostUsd, telemetry } from '../../services/telemetry.js';
export interface BaseExecuteOptions<TOutput> {
export async function executeAiCallWithValidation<TInput, TOutput>(
