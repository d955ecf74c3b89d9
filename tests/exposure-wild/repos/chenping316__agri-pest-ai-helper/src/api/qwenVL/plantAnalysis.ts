import { DiagnosisResult, EnvData } from "@/types";
import { callQwenApi, callQwenDashScopeApi } from "./client";
import { parseResponseToResult, parseResponseFromDashScope, createFallbackResult } from "./parser";
export async function analyzePlantDisease(
export async function analyzeTextOnPlantImage(
export async function analyzePlantWithLlama(
