import { stepCountIs, streamText } from "ai";
import { tool } from "ai";
import { z } from "zod";
import { getModel } from "./models";
import { PageAgent, ActionResult } from "./page-agent";
import { MASTER_SYSTEM_PROMPT } from "./master-agent-prompts";
export interface MasterAgentConfig {
export interface TaskResult {
export interface StepResult {
export class MasterAgent {
