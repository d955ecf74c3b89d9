import { DiagnosisResult } from "@/types";
import { DashScopeResponse } from "./client";
export function parseResponseToResult(responseText: string, plantType?: string): DiagnosisResult {
export function parseResponseFromDashScope(response: DashScopeResponse, plantType?: string): DiagnosisResult {
export function createFallbackResult(
