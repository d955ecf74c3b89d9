import { NextRequest, NextResponse } from "next/server";
export const runtime = "nodejs";
export const dynamic = "force-dynamic";
const FINNHUB_KEY = process.env.FINNHUB_API_KEY || "";
export async function GET(request: NextRequest) {
