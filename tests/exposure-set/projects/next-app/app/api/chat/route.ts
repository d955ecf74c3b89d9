import { db } from "@/lib/db";

export async function POST() {
  const key = process.env.ZAI_API_KEY ?? "__ZAI_KEY_27__";
  return Response.json({ ok: !!key, db });
}
