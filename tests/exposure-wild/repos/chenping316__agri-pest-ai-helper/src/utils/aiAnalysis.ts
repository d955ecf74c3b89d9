import { AnalysisMode, DiagnosisResult, EnvData } from "@/types";
import { analyzePlantDisease as taichuAnalyzePlantDisease } from "@/api/taichuVL/plantAnalysis";
import { analyzePlantDisease as chatGLMAnalyzePlantDisease } from "@/api/chatGLM/plantAnalysis";
import { 
} from "@/api/qwenVL/plantAnalysis";
import { analyzePlantDisease as sparkAnalyzePlantDisease } from "@/api/sparkAI/plantAnalysis";
import { toast } from "sonner";
export type AnalysisModelType = 'taichu' | 'zhipu' | 'qwen' | 'qwen-ocr' | 'qwen-llama' | 'spark' | 'multi' | 'super-multi' | 'ultra-multi';
export const analyzePlantDisease = async (
      case 'zhipu':
        // 使用智谱AI模型 (GLM-4)
        return await chatGLMAnalyzePlantDisease(
export const analyzeWithMultipleModels = async (
  let zhipuResult: DiagnosisResult | null = null;
  let zhipuError: any = null;
    [taichuResult, zhipuResult] = await Promise.all([
        'zhipu'
        zhipuError = error;
    const successfulResults = [taichuResult, zhipuResult].filter(Boolean);
      console.error(errorMessage, {taichuError, zhipuError});
    return combineResults(taichuResult!, zhipuResult!);
export const analyzeWithSuperMultipleModels = async (
  let zhipuResult: DiagnosisResult | null = null;
  let zhipuError: any = null;
    [taichuResult, zhipuResult, qwenResult] = await Promise.all([
        'zhipu'
        zhipuError = error;
    const successfulResults = [taichuResult, zhipuResult, qwenResult].filter(Boolean);
      console.error(errorMessage, {taichuError, zhipuError, qwenError});
export const analyzeWithUltraMultipleModels = async (
  let zhipuResult: DiagnosisResult | null = null;
  let zhipuError: any = null;
    [taichuResult, zhipuResult, qwenResult, qwenOcrResult, qwenLlamaResult] = await Promise.all([
        'zhipu'
        zhipuError = error;
      zhipuResult, 
        zhipuError, 
