import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Header } from '../components/layout/Header';
import { TabBar } from '../components/layout/TabBar';
import { NumberReducer, SmartFilter } from '../components/advancedTools';
import { useLotteryConfig } from '../hooks/useLotteryConfig';
import { useToast } from '../hooks/useToast';
import { Wrench, Filter, Sparkles } from 'lucide-react';
export function ToolsPage() {
