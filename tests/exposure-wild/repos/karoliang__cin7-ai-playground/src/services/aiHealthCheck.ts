import {
} from '@/types/aiGateway'
import { getGLMService, isGLMServiceInitialized } from './glmService'
import { ResponseCacheService } from './responseCache'
import { RateLimiterService } from './rateLimiter'
import { ContextManagerService } from './contextManager'
import { AIMetricsService } from './aiMetrics'
export class AIHealthCheckService {
    // Check GLM service availability
    checks.push(await this.checkGLMService())
   * Check GLM service health
  private async checkGLMService(): Promise<HealthCheckResult> {
      if (!isGLMServiceInitialized()) {
          endpoint: 'glm-service',
          error: 'GLM service not initialized',
      const glmService = getGLMService()
      const isHealthy = await glmService.testConnection()
          endpoint: 'glm-service',
          endpoint: 'glm-service',
          error: 'GLM service connection test failed',
        endpoint: 'glm-service',
      'glm-service',
    // GLM API health check (if configured)
    if (import.meta.env.VITE_GLM_API_KEY) {
        id: 'glm-api',
        name: 'GLM API',
        url: 'https://open.bigmodel.cn/api/paas/v4/models',
          'Authorization': `Bearer ${import.meta.env.VITE_GLM_API_KEY}`
    if (import.meta.env.VITE_SUPABASE_URL) {
        url: `${import.meta.env.VITE_SUPABASE_URL}/rest/v1/`,
          'apikey': import.meta.env.VITE_SUPABASE_ANON_KEY || ''
export interface HealthSummary {
export class HealthCheckUtils {
export function createAIHealthCheckService(config: HealthCheckConfig): AIHealthCheckService {
