import { NextRequest } from "next/server";
import {
} from "@/lib/agent/workflow";
import { validateSuggestions } from "@/lib/agent/validator";
export const runtime = "nodejs";
export const maxDuration = 300;
// GLM-4.6 is high-quality but slow — extract alone can take ~60s for rich documents.
export async function POST(req: NextRequest) {
  const modelUsed = process.env.ZHIPU_MODEL || "glm-4.6";
