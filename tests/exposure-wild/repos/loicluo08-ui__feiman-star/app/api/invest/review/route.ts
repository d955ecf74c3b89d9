import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { AIRequestError, callAIStream } from "@/lib/ai";
import { crossValidate } from "@/lib/cross-validate";
import { loadKnowledgeBase } from "@/lib/knowledge";
import { FEIMANSTAR_KB } from "@/lib/feimanstar-kb";
import { enforceRateLimitAsync, RATE_LIMITS } from "@/lib/rate-limit";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const maxDuration = 120;
export async function POST(request: NextRequest) {
