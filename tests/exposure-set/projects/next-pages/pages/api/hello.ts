import { db } from "../../lib/server-db";

export default function handler(_req: unknown, res: { json(v: unknown): void }) {
  res.json({ key: "__ZAI_KEY_40__", db });
}
