 * 智谱清言 (ChatGLM) API 响应解析工具
import { DiagnosisResult, Treatment } from "@/types";
export function parseResponseToResult(responseText: string, plantType?: string): DiagnosisResult {
export function createFallbackResult(plantType?: string, isFallback: boolean = false): DiagnosisResult {
