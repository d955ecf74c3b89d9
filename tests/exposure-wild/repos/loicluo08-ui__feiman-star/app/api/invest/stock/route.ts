import { NextRequest, NextResponse } from "next/server";
import { getYahooChart, type YahooChartResult } from "@/lib/yahoo-chart";
import { enforceRateLimit } from "@/lib/rate-limit";
import { getFutuStock } from "@/lib/futu";
import { getQtStock } from "@/lib/qt";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
const FINNHUB_KEY = process.env.FINNHUB_API_KEY || "";
export async function GET(request: NextRequest) {
