import { NextRequest, NextResponse } from "next/server";
import { getQtStocks } from "@/lib/qt";
import { enforceRateLimitAsync, RATE_LIMITS } from "@/lib/rate-limit";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
const FINNHUB_KEY = process.env.FINNHUB_API_KEY || "";
export async function GET(request: NextRequest) {
