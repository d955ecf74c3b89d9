import { AgentHealthStatus, RetryConfig, AgentServiceError } from '@/types/infrastructure'
export class AgentHealthMonitor {
export const agentHealthMonitor = new AgentHealthMonitor()
