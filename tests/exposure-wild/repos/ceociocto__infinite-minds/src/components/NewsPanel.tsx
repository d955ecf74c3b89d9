'use client';
import React from 'react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { useAgentStore } from '@/store/agentStore';
import { Newspaper, FileText, Globe } from 'lucide-react';
import { ScrollArea } from '@/components/ui/scroll-area';
export const NewsPanel: React.FC = () => {
