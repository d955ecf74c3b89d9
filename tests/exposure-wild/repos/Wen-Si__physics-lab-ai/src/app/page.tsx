'use client';
import React, { useState, useCallback, useEffect, useRef } from 'react';
import PhysicsRenderer from '../components/PhysicsRenderer';
import KnowledgeGraphVisualizer from '../components/KnowledgeGraphVisualizer';
import { workflowEngine, ExperimentOutput, WorkflowState } from '../workflow/engine';
import { extractKnowledgeGraph, ExtractionResult, FULL_KNOWLEDGE_GRAPH } from '../knowledge/extraction-engine';
import { callZhipuAI, parseAIResponse, enhancedPhysicsUnderstanding } from '../api/zhipu';
import { generateExperimentWithAgent, AgentResult, WORKFLOW_NODES, checkAgentHealth, ReActStep, mapKnowledgeWithAgent, KnowledgeMappingResult, Hunyuan3DModelInfo } from '../api/agent';
import WorkflowTracker, { WorkflowNodeStatus } from '../components/WorkflowTracker';
export default function Home() {
              {agentMode ? 'GLM-4.5 ReAct' : '本地模式'}
