import { callZhipu } from "@/lib/zhipu";
import {
} from "./prompts";
import type {
} from "./schemas";
import { validateSuggestions } from "./validator";
const DEV = process.env.NODE_ENV !== "production";
export interface StepRunResult<T> {
export function sumTokens(usages: unknown[]): number {
export async function runExtract(
export async function runMatch(
export async function runSuggest(
export async function runAnalysisWorkflow(
  const modelUsed = process.env.ZHIPU_MODEL || "glm-4.6";
