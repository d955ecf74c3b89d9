import { create } from "zustand"
export type PhaseStatus = "pending" | "in_progress" | "completed" | "failed" | "skipped"
export type ToolStatus = "pending" | "running" | "completed" | "failed" | "cancelled"
export interface AgentPhase {
export interface ToolCall {
export interface AgentProgress {
export const useAgentProgressStore = create<AgentProgressState>((set, get) => ({
