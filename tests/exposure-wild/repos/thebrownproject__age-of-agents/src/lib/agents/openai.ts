import OpenAI from "openai";
import { Agent } from "@/lib/agents/base";
import { buildSystemPrompt } from "@/lib/prompts/builder";
export class OpenAIAgent implements Agent {
