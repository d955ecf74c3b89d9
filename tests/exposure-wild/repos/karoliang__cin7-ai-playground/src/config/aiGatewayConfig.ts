import { AIGatewayConfig, AIProviderConfig, DEFAULT_AI_GATEWAY_CONFIG } from '@/types/aiGateway'
import { validateGLMConfig, createGLMConfigFromEnv } from '@/services/glmService'
export class AIGatewayConfigManager {
    const env = import.meta.env as any
    const defaultProvider = env.VITE_AI_GATEWAY_DEFAULT_PROVIDER || providers[0].id
      timeout: parseInt(env.VITE_AI_GATEWAY_TIMEOUT || '30000'),
      retryAttempts: parseInt(env.VITE_AI_GATEWAY_RETRY_ATTEMPTS || '3'),
      retryDelay: parseInt(env.VITE_AI_GATEWAY_RETRY_DELAY || '1000'),
        enabled: env.VITE_AI_GATEWAY_CACHE_ENABLED !== 'false',
        ttl: parseInt(env.VITE_AI_GATEWAY_CACHE_TTL || '300000'),
        maxSize: parseInt(env.VITE_AI_GATEWAY_CACHE_MAX_SIZE || '1000'),
        strategy: (env.VITE_AI_GATEWAY_CACHE_STRATEGY as any) || 'lru',
          type: (env.VITE_AI_GATEWAY_CACHE_STORAGE as any) || 'memory',
          algorithm: (env.VITE_AI_GATEWAY_CACHE_KEY_ALGORITHM as any) || 'sha256',
          includeContext: env.VITE_AI_GATEWAY_CACHE_INCLUDE_CONTEXT !== 'false',
          includeOptions: env.VITE_AI_GATEWAY_CACHE_INCLUDE_OPTIONS !== 'false'
        enabled: env.VITE_AI_GATEWAY_RATE_LIMIT_ENABLED !== 'false',
        strategy: (env.VITE_AI_GATEWAY_RATE_LIMIT_STRATEGY as any) || 'sliding-window',
          type: (env.VITE_AI_GATEWAY_RATE_LIMIT_STORAGE as any) || 'memory',
        enabled: env.VITE_AI_GATEWAY_MONITORING_ENABLED !== 'false',
          enabled: env.VITE_AI_GATEWAY_METRICS_ENABLED !== 'false',
          interval: parseInt(env.VITE_AI_GATEWAY_METRICS_INTERVAL || '60000'),
          retention: parseInt(env.VITE_AI_GATEWAY_METRICS_RETENTION || '86400000'),
          export: {
            type: (env.VITE_AI_GATEWAY_METRICS_EXPORT as any) || 'prometheus',
          level: (env.VITE_AI_GATEWAY_LOG_LEVEL as any) || 'info',
          format: (env.VITE_AI_GATEWAY_LOG_FORMAT as any) || 'json',
          enabled: env.VITE_AI_GATEWAY_TRACING_ENABLED === 'true',
          sampling: parseFloat(env.VITE_AI_GATEWAY_TRACING_SAMPLING || '0.1'),
          export: {
            type: (env.VITE_AI_GATEWAY_TRACING_EXPORT as any) || 'jaeger',
          enabled: env.VITE_AI_GATEWAY_ALERTS_ENABLED === 'true',
        enabled: env.VITE_AI_GATEWAY_HEALTH_CHECK_ENABLED !== 'false',
        interval: parseInt(env.VITE_AI_GATEWAY_HEALTH_CHECK_INTERVAL || '30000'),
        timeout: parseInt(env.VITE_AI_GATEWAY_HEALTH_CHECK_TIMEOUT || '5000'),
        retries: parseInt(env.VITE_AI_GATEWAY_HEALTH_CHECK_RETRIES || '3'),
        caching: env.VITE_AI_GATEWAY_FEATURE_CACHING !== 'false',
        rateLimiting: env.VITE_AI_GATEWAY_FEATURE_RATE_LIMITING !== 'false',
        monitoring: env.VITE_AI_GATEWAY_FEATURE_MONITORING !== 'false',
        healthChecks: env.VITE_AI_GATEWAY_FEATURE_HEALTH_CHECKS !== 'false',
        streaming: env.VITE_AI_GATEWAY_FEATURE_STREAMING !== 'false',
        multiProvider: env.VITE_AI_GATEWAY_FEATURE_MULTI_PROVIDER !== 'false',
        loadBalancing: env.VITE_AI_GATEWAY_FEATURE_LOAD_BALANCING !== 'false',
        circuitBreaker: env.VITE_AI_GATEWAY_FEATURE_CIRCUIT_BREAKER !== 'false',
        requestDeduplication: env.VITE_AI_GATEWAY_FEATURE_REQUEST_DEDUPPLICATION !== 'false',
        costOptimization: env.VITE_AI_GATEWAY_FEATURE_COST_OPTIMIZATION !== 'false'
    // GLM Provider
    if (env.VITE_GLM_API_KEY) {
        const glmConfig = createGLMConfigFromEnv()
        const validationErrors = validateGLMConfig(glmConfig)
            id: 'glm',
            name: 'GLM (ZhipuAI)',
            type: 'glm',
            priority: parseInt(env.VITE_GLM_PRIORITY || '1'),
              apiKey: glmConfig.apiKey,
              baseURL: glmConfig.baseURL,
              model: env.VITE_GLM_DEFAULT_MODEL || 'glm-4',
              timeout: glmConfig.timeout,
              maxRetries: glmConfig.retryAttempts
              requestsPerMinute: parseInt(env.VITE_GLM_RATE_LIMIT_RPM || '60'),
              requestsPerHour: parseInt(env.VITE_GLM_RATE_LIMIT_RPH || '1000'),
              requestsPerDay: parseInt(env.VITE_GLM_RATE_LIMIT_RPD || '10000'),
              tokensPerMinute: parseInt(env.VITE_GLM_RATE_LIMIT_TPM || '40000'),
              tokensPerDay: parseInt(env.VITE_GLM_RATE_LIMIT_TPD || '1000000')
              inputTokenCost: parseFloat(env.VITE_GLM_COST_INPUT_TOKEN || '0.001'),
              outputTokenCost: parseFloat(env.VITE_GLM_COST_OUTPUT_TOKEN || '0.002'),
              requestCost: parseFloat(env.VITE_GLM_COST_REQUEST || '0'),
              currency: env.VITE_GLM_COST_CURRENCY || 'USD'
              endpoint: env.VITE_GLM_HEALTH_CHECK_ENDPOINT || '/api/health',
              interval: parseInt(env.VITE_GLM_HEALTH_CHECK_INTERVAL || '30000'),
              timeout: parseInt(env.VITE_GLM_HEALTH_CHECK_TIMEOUT || '5000'),
              healthyThreshold: parseInt(env.VITE_GLM_HEALTH_CHECK_HEALTHY_THRESHOLD || '2'),
              unhealthyThreshold: parseInt(env.VITE_GLM_HEALTH_CHECK_UNHEALTHY_THRESHOLD || '3')
          console.warn('[AI Gateway] GLM provider configuration errors:', validationErrors)
        console.warn('[AI Gateway] Failed to configure GLM provider:', error)
    if (env.VITE_OPENAI_API_KEY) {
        enabled: env.VITE_OPENAI_ENABLED !== 'false',
        priority: parseInt(env.VITE_OPENAI_PRIORITY || '2'),
          apiKey: env.VITE_OPENAI_API_KEY,
          organizationId: env.VITE_OPENAI_ORG_ID,
          baseURL: env.VITE_OPENAI_BASE_URL || 'https://api.openai.com/v1',
          model: env.VITE_OPENAI_DEFAULT_MODEL || 'gpt-4'
      window: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_WINDOW || '60000'),
      limit: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT || '100'),
      scope: (env.VITE_AI_GATEWAY_RATE_LIMIT_SCOPE as any) || 'user'
    if (env.VITE_AI_GATEWAY_RATE_LIMIT_ANONYMOUS) {
        window: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_ANONYMOUS_WINDOW || '60000'),
        limit: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_ANONYMOUS || '20'),
    if (env.VITE_AI_GATEWAY_RATE_LIMIT_PREMIUM) {
        window: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_PREMIUM_WINDOW || '60000'),
        limit: parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_PREMIUM || '500'),
    if (env.VITE_AI_GATEWAY_LOG_FILE) {
          path: env.VITE_AI_GATEWAY_LOG_FILE,
          maxSize: env.VITE_AI_GATEWAY_LOG_FILE_MAX_SIZE || '10MB',
          maxFiles: parseInt(env.VITE_AI_GATEWAY_LOG_FILE_MAX_FILES || '5')
    if (env.VITE_AI_GATEWAY_LOG_REMOTE_URL) {
          url: env.VITE_AI_GATEWAY_LOG_REMOTE_URL,
          apiKey: env.VITE_AI_GATEWAY_LOG_REMOTE_API_KEY,
          batchSize: parseInt(env.VITE_AI_GATEWAY_LOG_REMOTE_BATCH_SIZE || '100')
    if (env.VITE_AI_GATEWAY_HEALTH_CHECK_ENDPOINT) {
        url: env.VITE_AI_GATEWAY_HEALTH_CHECK_ENDPOINT,
        timeout: parseInt(env.VITE_AI_GATEWAY_HEALTH_CHECK_TIMEOUT || '5000'),
        interval: parseInt(env.VITE_AI_GATEWAY_HEALTH_CHECK_INTERVAL || '30000')
    if (env.VITE_AI_GATEWAY_CACHE_TYPE === 'redis') {
      config.host = env.VITE_AI_GATEWAY_CACHE_REDIS_HOST || 'localhost'
      config.port = parseInt(env.VITE_AI_GATEWAY_CACHE_REDIS_PORT || '6379')
      config.password = env.VITE_AI_GATEWAY_CACHE_REDIS_PASSWORD
      config.db = parseInt(env.VITE_AI_GATEWAY_CACHE_REDIS_DB || '0')
    } else if (env.VITE_AI_GATEWAY_CACHE_TYPE === 'localstorage') {
      config.prefix = env.VITE_AI_GATEWAY_CACHE_LOCALSTORAGE_PREFIX || 'ai-gateway-'
    if (env.VITE_AI_GATEWAY_RATE_LIMIT_STORAGE_TYPE === 'redis') {
      config.host = env.VITE_AI_GATEWAY_RATE_LIMIT_REDIS_HOST || 'localhost'
      config.port = parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_REDIS_PORT || '6379')
      config.password = env.VITE_AI_GATEWAY_RATE_LIMIT_REDIS_PASSWORD
      config.db = parseInt(env.VITE_AI_GATEWAY_RATE_LIMIT_REDIS_DB || '1')
   * Parse metrics export configuration
    if (env.VITE_AI_GATEWAY_METRICS_EXPORT_TYPE === 'prometheus') {
      config.port = parseInt(env.VITE_AI_GATEWAY_METRICS_PROMETHEUS_PORT || '9090')
      config.path = env.VITE_AI_GATEWAY_METRICS_PROMETHEUS_PATH || '/metrics'
    } else if (env.VITE_AI_GATEWAY_METRICS_EXPORT_TYPE === 'datadog') {
      config.apiKey = env.VITE_AI_GATEWAY_METRICS_DATADOG_API_KEY
      config.site = env.VITE_AI_GATEWAY_METRICS_DATADOG_SITE || 'datadoghq.com'
   * Parse tracing export configuration
    if (env.VITE_AI_GATEWAY_TRACING_EXPORT_TYPE === 'jaeger') {
      config.endpoint = env.VITE_AI_GATEWAY_TRACING_JAEGER_ENDPOINT || 'http://localhost:14268/api/traces'
      config.serviceName = env.VITE_AI_GATEWAY_TRACING_SERVICE_NAME || 'ai-gateway'
    } else if (env.VITE_AI_GATEWAY_TRACING_EXPORT_TYPE === 'zipkin') {
      config.endpoint = env.VITE_AI_GATEWAY_TRACING_ZIPKIN_ENDPOINT || 'http://localhost:9411/api/v2/spans'
      config.serviceName = env.VITE_AI_GATEWAY_TRACING_SERVICE_NAME || 'ai-gateway'
      environment: process.env.NODE_ENV,
   * Sanitize provider configuration for export
export const aiGatewayConfig = AIGatewayConfigManager.getInstance()
export async function initializeAIGatewayConfig(): Promise<AIGatewayConfig> {
export function getAIGatewayConfig(): AIGatewayConfig {
export function getAIProviderConfig(providerId: string): AIProviderConfig | null {
export function getEnabledAIProviders(): AIProviderConfig[] {
