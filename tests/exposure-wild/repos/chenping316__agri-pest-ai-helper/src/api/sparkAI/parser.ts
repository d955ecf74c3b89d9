import { DiagnosisResult } from "@/types";
export function parseResponseToResult(responseText: string, plantType?: string): DiagnosisResult {
export function createFallbackResult(plantType?: string, isAPIFailure: boolean = false): DiagnosisResult {
        description: "使用其他AI模型进行分析，如太初视觉模型或智谱GLM。",
