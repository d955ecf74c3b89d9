import { zhipuChatCompletions } from "@/lib/zhipu";
import { appendMemory } from "@/lib/memories";
import { NextResponse } from "next/server";
export const runtime = "nodejs";
export const maxDuration = 60;
  const value = process.env[name];
export async function POST(req: Request) {
    const apiKey = requireEnv("ZHIPU_API_KEY");
    const chatModel = process.env.ZHIPU_CHAT_MODEL?.trim() || "glm-4.7";
      process.env.ZHIPU_CHAT_TIMEOUT_MS ??
        process.env.ZHIPU_TIMEOUT_MS ??
        (process.env.VERCEL ? "9000" : "30000"),
      const { content, requestId: chatReqId } = await zhipuChatCompletions({
