import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest'
import {
  GLMService,
  getGLMService,
  initializeGLMService,
  isGLMServiceInitialized,
  validateGLMConfig,
  createGLMConfigFromEnv,
  DEFAULT_GLM_CONFIG,
  GLMProviderConfig
} from '../glmService'
import type { GenerateRequest } from '@/types'
import type { GLMConfig } from '@/types/glm'
// Mock the zhipu-sdk-js
vi.mock('zhipu-sdk-js', () => ({
  VITE_GLM_API_KEY: 'test-api-key-12345',
  VITE_GLM_BASE_URL: 'https://api.test.com',
  VITE_GLM_TIMEOUT: '30000',
  VITE_GLM_RETRY_ATTEMPTS: '3',
  VITE_GLM_RETRY_DELAY: '1000',
  VITE_GLM_ENABLE_LOGGING: 'true',
describe('GLM Service', () => {
  let glmService: GLMService
  let mockConfig: GLMConfig
  describe('GLMService Class', () => {
        glmService = new GLMService(mockConfig)
        new GLMService(invalidConfig)
      }).toThrow('GLM API key is required')
      glmService = new GLMService(partialConfig)
      expect(glmService['config'].baseURL).toBe(DEFAULT_GLM_CONFIG.baseURL)
      expect(glmService['config'].timeout).toBe(DEFAULT_GLM_CONFIG.timeout)
      glmService = new GLMService(mockConfig)
      const health = glmService.getHealthStatus()
      glmService = new GLMService(mockConfig)
                content: 'export default function Test() { return <div>Test</div>; }',
                content: 'export default function Test() { return <div>Test</div>; }',
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.generateCode(request)
          model: 'glm-4',
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.generateCode(request)
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.generateCode(request)
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      await glmService.generateCode(request)
      const metrics = glmService.getRequestMetrics()
      glmService = new GLMService(mockConfig)
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.processContextualUpdate(context, files, messages)
      glmService = new GLMService(mockConfig)
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.testConnection()
      const health = glmService.getHealthStatus()
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
      const result = await glmService.testConnection()
      const health = glmService.getHealthStatus()
      glmService = new GLMService(mockConfig)
      glmService['requestMetrics'] = [
          model: 'glm-4',
      expect(glmService.getRequestMetrics()).toHaveLength(1)
      glmService.clearMetrics()
      expect(glmService.getRequestMetrics()).toHaveLength(0)
      // Access the client through the GLM SDK
      const ZhipuSDK = require('zhipu-sdk-js').default
      glmService['client'] = mockSDK
        await glmService.generateCode({ prompt: `Test ${i}` })
      const metrics = glmService.getRequestMetrics()
describe('GLM Service Utilities', () => {
  describe('validateGLMConfig', () => {
      const errors = validateGLMConfig(config)
      const errors = validateGLMConfig(config)
      const errors = validateGLMConfig(config)
      const errors = validateGLMConfig(config)
      const errors = validateGLMConfig(config)
  describe('createGLMConfigFromEnv', () => {
      const config = createGLMConfigFromEnv()
      expect(config.apiKey).toBe(mockEnv.VITE_GLM_API_KEY)
      expect(config.baseURL).toBe(mockEnv.VITE_GLM_BASE_URL)
      vi.stubEnv('VITE_GLM_API_KEY', '')
        createGLMConfigFromEnv()
      }).toThrow('VITE_GLM_API_KEY environment variable is required')
      const service = initializeGLMService(config)
      expect(service).toBeInstanceOf(GLMService)
      expect(isGLMServiceInitialized()).toBe(true)
      const service1 = initializeGLMService(config)
      const service2 = getGLMService()
        getGLMService()
      }).toThrow('GLM Service not initialized')
      expect(isGLMServiceInitialized()).toBe(false)
      initializeGLMService({ apiKey: 'test-key' })
      expect(isGLMServiceInitialized()).toBe(true)
  describe('GLM Provider Configuration', () => {
      expect(GLMProviderConfig.name).toBe('glm')
      expect(GLMProviderConfig.displayName).toBe('GLM (ZhipuAI)')
      expect(GLMProviderConfig.models).toContain('glm-4')
      expect(GLMProviderConfig.defaultModel).toBe('glm-4')
      expect(GLMProviderConfig.maxTokens).toBe(128000)
      expect(GLMProviderConfig.supportedFeatures).toContain('chat_completion')
      expect(GLMProviderConfig.supportedFeatures).toContain('code_generation')
