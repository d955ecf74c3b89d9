import React, { useState, useRef, useCallback } from 'react';
import { Send, User, Bot, Clock, Tag, ExternalLink } from 'lucide-react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Avatar, AvatarFallback } from '@/components/ui/avatar';
import { cn } from '@/lib/utils';
import ZhipuAIService from '../../services/zhipuai';
import travelService, { type TravelProduct } from '../../services/tourism';
  const zhipuAI = useRef(new ZhipuAIService());
        const response = await zhipuAI.current.chatCompletion([
      await zhipuAI.current.chatCompletionStream(
export default ChatBot;
