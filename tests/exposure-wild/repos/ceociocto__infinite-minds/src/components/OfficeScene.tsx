'use client';
import React, { useEffect, useRef } from 'react';
import { AgentCharacter } from './AgentCharacter';
import { useAgentStore } from '@/store/agentStore';
import { Activity, BarChart3 } from 'lucide-react';
export const OfficeScene: React.FC = () => {
