'use client';
import { create } from 'zustand';
import type { Agent, Task, Message, LLMConfig, NewsSummary, GitHubTokenConfig } from '@/types';
import { getAgentSwarm } from '@/lib/agents/swarm';
  apiUrl: 'https://open.bigmodel.cn/api/paas/v4',
  model: 'glm-4-flash',
export const useAgentStore = create<AgentState>((set, get) => {
            model: 'glm-4-flash',
