'use client';
import React, { useState, useEffect } from 'react';
import type { Agent } from '@/types';
import { AGENT_ROLES } from '@/types';
import { useAgentStore } from '@/store/agentStore';
import { Cpu, MessageSquare, CheckCircle, Search, FileText, Languages, Code, BarChart3 } from 'lucide-react';
export const AgentCharacter: React.FC<AgentCharacterProps> = ({
