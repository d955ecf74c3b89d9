import { NextRequest, NextResponse } from "next/server";
import { requireVerifiedAuth } from "@/lib/api-auth";
import { callGLM } from "@/lib/zhipu";
export async function POST(request: NextRequest) {
    const response = await callGLM([
