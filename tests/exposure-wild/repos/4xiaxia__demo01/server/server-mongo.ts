import Fastify from "fastify";
import cors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import path from "path";
import { fileURLToPath } from "url";
import { connectDB, ConfigService, KnowledgeService, LogService } from "./database";
import type { KnowledgeItem, UserLog } from "./db-schema";
const __filename = fileURLToPath(import.meta.url);
  const { messages, model = "glm-4-flash" } = request.body as {
  const API_KEY = process.env.ZHIPU_API_KEY || "";
    return reply.status(500).send({ error: "ZHIPU_API_KEY not configured" });
    const response = await fetch("https://open.bigmodel.cn/api/paas/v4/chat/completions", {
  const API_KEY = process.env.ZHIPU_API_KEY || "";
    const response = await fetch("https://open.bigmodel.cn/api/paas/v4/audio/transcriptions", {
        model: "glm-asr-2512",
  const API_KEY = process.env.SILICONFLOW_API_KEY || "";
    api: { provider: "zhipu", apiKey: "", model: "glm-4-flash" },
    const port = Number(process.env.PORT) || 3000;
