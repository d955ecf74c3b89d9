import type { AgentRole } from '@/types';
