import { PlaywrightClient } from "better-playwright-mcp3";
import { streamText, stepCountIs } from "ai";
import { getModel } from "./models";
import { SYSTEM_PROMPT } from "./page-agent-prompts";
import { createPageTools } from "./page-tools";
export interface PageAgentConfig {
export interface ActionResult {
export class PageAgent {
