import Anthropic from "@anthropic-ai/sdk";
import { Agent } from "@/lib/agents/base";
import { buildSystemPrompt } from "@/lib/prompts/builder";
export class AnthropicAgent implements Agent {
