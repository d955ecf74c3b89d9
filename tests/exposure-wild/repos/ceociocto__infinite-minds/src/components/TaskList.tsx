'use client';
import React from 'react';
import { useAgentStore } from '@/store/agentStore';
import { CheckCircle2, Circle, Clock, AlertCircle, Loader2 } from 'lucide-react';
import { format } from 'date-fns';
export const TaskList: React.FC = () => {
