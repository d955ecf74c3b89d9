import { NextRequest, NextResponse } from "next/server";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";
import type { ParseError, ParseResult } from "@/lib/types";
import { cleanText, countWords } from "@/lib/parse-utils";
export const runtime = "nodejs";
export async function POST(req: NextRequest) {
          "This looks like a scanned or image-based PDF. We can't reliably read text from it. Please paste your resume text directly, or export a text-based version from Word/Google Docs.",
      "Try a different export, or paste the text directly."
