'use client';
import React from 'react';
import { useAgentStore } from '@/store/agentStore';
import {
} from 'lucide-react';
export const GitHubStatusPanel: React.FC = () => {
