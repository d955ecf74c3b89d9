import { GenerateRequest, GenerateResponse } from '@/types'
import { MultiPageArchitecture } from '@/lib/multiPageArchitecture'
import { getGLMService, createGLMConfigFromEnv, validateGLMConfig, isGLMServiceInitialized } from './glmService'
const API_URL = import.meta.env.VITE_API_URL || 'https://amkkihoeeqpktaxauauk.supabase.co/functions/v1'
const AI_PROVIDER = import.meta.env.VITE_AI_PROVIDER || 'glm' // 'glm' or 'supabase'
export async function generateCodeWithAI(request: GenerateRequest): Promise<GenerateResponse> {
    if (AI_PROVIDER === 'glm') {
      return await generateCodeWithGLM(request)
 * Generate code using GLM (ZhipuAI) service
async function generateCodeWithGLM(request: GenerateRequest): Promise<GenerateResponse> {
    // Initialize GLM service if not already done
    if (!isGLMServiceInitialized()) {
        const config = createGLMConfigFromEnv()
        const validationErrors = validateGLMConfig(config)
          throw new Error(`GLM configuration errors: ${validationErrors.join(', ')}`)
        getGLMService(config, {
          enableLogging: (import.meta.env as any).VITE_GLM_ENABLE_LOGGING === 'true'
        console.error('Failed to initialize GLM service:', error)
        throw new Error('GLM service initialization failed. Please check your API configuration.')
    const glmService = getGLMService()
    // Create enhanced request for GLM
    const glmRequest: GenerateRequest = {
    const response = await glmService.generateCode(glmRequest)
    console.error('GLM Service Error:', error)
        'Authorization': `Bearer ${import.meta.env.VITE_SUPABASE_ANON_KEY}`,
export async function processContextualUpdate(
    if (AI_PROVIDER === 'glm') {
      return await processContextualUpdateWithGLM(context, files, messages)
 * Process contextual update using GLM service
async function processContextualUpdateWithGLM(
    // Initialize GLM service if not already done
    if (!isGLMServiceInitialized()) {
        const config = createGLMConfigFromEnv()
        const validationErrors = validateGLMConfig(config)
          throw new Error(`GLM configuration errors: ${validationErrors.join(', ')}`)
        getGLMService(config, {
          enableLogging: (import.meta.env as any).VITE_GLM_ENABLE_LOGGING === 'true'
        console.error('Failed to initialize GLM service:', error)
        throw new Error('GLM service initialization failed. Please check your API configuration.')
    const glmService = getGLMService()
    return await glmService.processContextualUpdate(context, files, messages)
    console.error('GLM Contextual Update Error:', error)
        'Authorization': `Bearer ${import.meta.env.VITE_SUPABASE_ANON_KEY}`,
