import type { Trip, UserPreferences } from "@/types"
import { extractTripInfo } from "./agentUtils"
import {
} from "./llmService"
import { useAgentProgressStore } from "@/stores/agentProgressStore"
import { useUiStore } from "@/stores/uiStore"
import { planTripBackend, mapBackendTrip } from "./backendApi"
import { contextValidator } from "./contextValidator"
import { QuestionGenerator, type QuestionSequence } from "./questionGenerator"
export function isLLMAvailable(): boolean {
export function setLLMEnabled(enabled: boolean): void {
export function getLLMProvider(): LLMProvider | null {
export function getLLMProviderName(): string {
    glm: "智谱 GLM",
export type AgentRole = "supervisor" | "planner" | "recommender" | "booking" | "document"
export interface AgentMessage {
import type { ExistingContext } from "./agentUtils"
export interface AgentContext {
export class MultiAgentService {
