import { FastifyInstance, FastifyRequest, FastifyReply } from "fastify";
import { HotQuestionService } from "../services/hot-question-service";
import { MissingQuestionService } from "../services/missing-question-service";
import { agentD } from "../agents/agent-d";
import { HotQuestion, MissingQuestionRecord } from "../types/hot-questions";
export async function registerHotQuestionsRoutes(server: FastifyInstance) {
