import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { callAIStream, callVisionAI, type VisionMessage } from "@/lib/ai";
import { crossValidate } from "@/lib/cross-validate";
import { FEIMANSTAR_KB } from "@/lib/feimanstar-kb";
import { BASE_SKILLS } from "@/lib/chat-skills";
import { loadKnowledgeBase } from "@/lib/knowledge";
import { enforceRateLimitAsync, RATE_LIMITS } from "@/lib/rate-limit";
import { extractStockCodes, buildStockContext, fetchStockData } from "@/lib/stock-context";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const maxDuration = 120;
export async function POST(request: NextRequest) {
  // 图片分析保留精简提示词，避免全文知识库挤占GLM-4V的图片上下文。
  // 图片路径：保持非流式，由GLM-4V处理。
