 * 使用智谱 GLM-4 进行智能判题
import { NextRequest, NextResponse } from "next/server";
import { evaluateSpeechWithGLM } from "@/lib/zhipu";
const FUNASR_SERVICE_URL = process.env.FUNASR_SERVICE_URL || "http://localhost:8000";
export async function POST(request: NextRequest) {
    // Step 2: 判题 (优先使用智谱 GLM，否则使用规则匹配)
    if (useAI && process.env.NEXT_PUBLIC_ZHIPU_API_KEY) {
      // 使用智谱 GLM-4 智能判题
        evaluation = await evaluateSpeechWithGLM({
        console.error("智谱 GLM 判题错误，降级到规则匹配:", error);
      usingGLM: !!process.env.NEXT_PUBLIC_ZHIPU_API_KEY,
export const config = {
