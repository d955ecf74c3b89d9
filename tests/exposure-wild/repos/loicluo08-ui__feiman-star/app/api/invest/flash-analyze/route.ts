import { NextRequest } from "next/server";
import { FLASH_KB } from "@/lib/flash-kb";
import { enforceRateLimitAsync } from "@/lib/rate-limit";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
const DEEPSEEK_KEY = process.env.DEEPSEEK_API_KEY || "";
export async function POST(request: NextRequest) {
