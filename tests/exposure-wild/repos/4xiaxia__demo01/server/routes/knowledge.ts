import { FastifyInstance, FastifyRequest, FastifyReply } from "fastify";
import { KnowledgeService, KnowledgeItem } from "../services/knowledge-service";
import { detectKnowledgeConflicts } from "../lib/knowledge-ai-helper";
export async function registerKnowledgeRoutes(server: FastifyInstance) {
          const { structureKnowledgeWithAI } = await import("../lib/knowledge-ai-helper");
