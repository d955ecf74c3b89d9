import React, { useEffect, useState } from 'react';
import { useAgentStore } from '@/store/agentStore';
import {
} from 'lucide-react';
import {
} from 'recharts';
export const StatsPanel: React.FC = () => {
