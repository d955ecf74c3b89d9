import { FastifyInstance, FastifyRequest, FastifyReply } from "fastify";
import { agentD } from "../agents/agent-d";
import { contextPool } from "../context-pool";
export async function registerMonitorRoutes(server: FastifyInstance) {
        const { databaseService } = await import("../database");
