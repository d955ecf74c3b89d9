'use client';
import React, { useEffect, useRef } from 'react';
import { useAgentStore } from '@/store/agentStore';
import { MessageCircle, Bot, User, Clock } from 'lucide-react';
import { format } from 'date-fns';
export const MessagePanel: React.FC = () => {
