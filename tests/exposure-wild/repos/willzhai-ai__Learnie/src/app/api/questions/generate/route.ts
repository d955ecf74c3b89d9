import { NextRequest, NextResponse } from "next/server";
import { generateQuestionSeed, getDefaultSeed } from "@/lib/questionGenerator";
import { createClient } from "@supabase/supabase-js";
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!;
const supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!;
export async function POST(request: NextRequest) {
