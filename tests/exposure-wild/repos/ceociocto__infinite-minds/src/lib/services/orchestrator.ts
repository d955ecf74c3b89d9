import type { AgentRole, NewsArticle, NewsSummary, CodeChange, GitHubWorkflowRun, DeploymentResult, GitHubTokenConfig } from '@/types';
export interface WorkflowProgress {
export type ProgressCallback = (progress: WorkflowProgress) => void;
export interface AgentTask {
export interface AgentTaskResult {
export class MultiAgentOrchestrator {
      throw new Error('AI service not configured or call failed. Please set ZHIPU_API_KEY in Cloudflare Workers environment variables.');
export function getMultiAgentOrchestrator(): MultiAgentOrchestrator {
export function resetMultiAgentOrchestrator(): void {
