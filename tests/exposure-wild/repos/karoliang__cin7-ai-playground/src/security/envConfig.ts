export interface ServerConfig {
    glm: {
export class ServerEnvironmentConfig {
      'GLM_API_KEY',
      if (!process.env[envVar]) {
    const encryptionKey = process.env.ENCRYPTION_KEY!
        url: process.env.SUPABASE_URL!,
        serviceRoleKey: process.env.SUPABASE_SERVICE_ROLE_KEY!,
        anonKey: process.env.SUPABASE_ANON_KEY!
        glm: {
          apiKey: process.env.GLM_API_KEY!,
          baseURL: process.env.GLM_BASE_URL || 'https://open.bigmodel.cn/api/paas/v4/',
          timeout: parseInt(process.env.GLM_TIMEOUT || '30000'),
          retryAttempts: parseInt(process.env.GLM_RETRY_ATTEMPTS || '3')
        jwtSecret: process.env.JWT_SECRET!,
        sessionSecret: process.env.SESSION_SECRET!,
        corsOrigins: process.env.CORS_ORIGINS?.split(',') || ['http://localhost:3000']
        windowMs: parseInt(process.env.RATE_LIMIT_WINDOW_MS || '900000'), // 15 minutes
        maxRequests: parseInt(process.env.RATE_LIMIT_MAX_REQUESTS || '100'),
        skipSuccessfulRequests: process.env.RATE_LIMIT_SKIP_SUCCESSFUL === 'true'
    if (process.env.OPENAI_API_KEY) {
        apiKey: process.env.OPENAI_API_KEY!,
        organizationId: process.env.OPENAI_ORG_ID,
        baseURL: process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1'
export interface ClientConfig {
export class ClientEnvironmentConfig {
        name: import.meta.env.VITE_APP_NAME || 'CIN7 AI Playground',
        version: import.meta.env.VITE_APP_VERSION || '2.0.0',
        environment: (import.meta.env.MODE as 'development' | 'staging' | 'production') || 'development'
        url: import.meta.env.VITE_SUPABASE_URL || '',
        anonKey: import.meta.env.VITE_SUPABASE_ANON_KEY || ''
        enableAnalytics: import.meta.env.VITE_ENABLE_ANALYTICS === 'true',
        enableCollaboration: import.meta.env.VITE_ENABLE_COLLABORATION === 'true',
        enableTemplates: import.meta.env.VITE_ENABLE_TEMPLATES === 'true',
        enableAIGeneration: import.meta.env.VITE_ENABLE_AI_GENERATION !== 'false'
        maxPromptLength: parseInt(import.meta.env.VITE_MAX_PROMPT_LENGTH || '50000'),
        maxTokens: parseInt(import.meta.env.VITE_MAX_TOKENS || '4000'),
        maxFileSize: parseInt(import.meta.env.VITE_MAX_FILE_SIZE || '10485760') // 10MB
export class EnvironmentValidator {
      'GLM_API_KEY',
      if (!process.env[varName]) {
    if (process.env.SUPABASE_URL) {
        new URL(process.env.SUPABASE_URL)
    if (process.env.ENCRYPTION_KEY) {
      const key = process.env.ENCRYPTION_KEY
      'GLM_TIMEOUT',
      'GLM_RETRY_ATTEMPTS',
      const value = process.env[varName]
      if (!import.meta.env[varName]) {
    if (import.meta.env.VITE_SUPABASE_URL) {
        new URL(import.meta.env.VITE_SUPABASE_URL)
      'VITE_GLM_API_KEY',
      if (import.meta.env[varName]) {
export class EnvironmentSecurity {
      return process.env[key] || defaultValue
      return import.meta.env[key] || defaultValue
