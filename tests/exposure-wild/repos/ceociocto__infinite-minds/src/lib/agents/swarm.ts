import type { Agent, Task, Message, NewsSummary, CodeChange, GitHubTokenConfig } from '@/types';
import { MultiAgentOrchestrator, type WorkflowProgress } from '@/lib/services/orchestrator';
export class AgentSwarm {
export function getAgentSwarm(): AgentSwarm {
export function resetAgentSwarm() {
