import { mkdir, readFile, appendFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
export type MemoryEntry = {
    process.env.STORY_LOG_PATH?.trim() ||
  const raw = process.env.STORY_REMOTE_LOG_URL?.trim();
  const raw = process.env.STORY_REMOTE_LOG_TOKEN?.trim();
export async function appendMemory(
      Number(process.env.STORY_REMOTE_LOG_TIMEOUT_MS ?? "2000"),
export async function readMemories(opts?: { limit?: number }) {
      Number(process.env.STORY_REMOTE_LOG_TIMEOUT_MS ?? "2000"),
