import React, { useState, useRef } from 'react';
import { useAgents, useCreateAgent, useUpdateAgent, useDeleteAgent, useUploadAgentFile, useDeleteAgentFile, useAgentWithFiles } from '../hooks/useApi';
import type { Agent, AgentKnowledgeFile } from '../types';
import { useMCPServers, useMCPServerActions, ServerStatusBadge } from './MCPManagement';
export default function AgentBuilder() {
    model: 'glm-4.6',
      model: 'glm-4.6',
      model: 'glm-4.6',
                  <option value="glm-4.6">GLM-4.6</option>
                  <option value="glm-4.5">GLM-4.5</option>
                  <option value="glm-4.5v">GLM-4.5V</option>
                  <option value="glm-4.5-air">GLM-4.5-Air</option>
                  <option value="glm-4.5-flash">GLM-4.5-Flash</option>
