import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest'
import { AIGatewayService } from '../aiGatewayService'
import { aiGatewayConfig } from '@/config/aiGatewayConfig'
import { getGLMService } from '../glmService'
vi.mock('../glmService')
          id: 'glm',
          name: 'GLM',
          type: 'glm',
            model: 'glm-4'
      defaultProvider: 'glm',
        metrics: { enabled: true, interval: 60000, retention: 86400000, export: { type: 'prometheus', config: {} } },
        tracing: { enabled: false, sampling: 0.1, export: { type: 'jaeger', config: {} } },
    // Mock GLM service with all required properties
    const mockGLMService = {
      convertToGLMRequest: vi.fn().mockReturnValue({ model: 'glm-4', messages: [] }),
      convertGLMResponseToGenerateResponse: vi.fn(),
    vi.mocked(getGLMService).mockReturnValue(mockGLMService as any)
      const mockGLMResponse = {
          content: 'export default function Component() { return <div>Hello</div>; }',
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCode).mockResolvedValue(mockGLMResponse)
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCode).mockRejectedValue(new Error('API Error'))
      const mockGLMResponse = {
          content: 'export default function Component() { return <div>Hello</div>; }',
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCode).mockResolvedValue(mockGLMResponse)
      // Second request should use cache (GLM service called only once)
      expect(mockGLMService.generateCode).toHaveBeenCalledTimes(1)
      const mockChunks = ['export default function Component() {', 'return <div>Hello</div>;', '}']
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCodeStream).mockReturnValue(mockGenerator())
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCodeStream).mockRejectedValue(new Error('Stream Error'))
        content: 'export default function Component() { return <div>Hello</div>; }'
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.processContextualUpdate).mockResolvedValue(mockUpdateResult)
      expect(mockGLMService.processContextualUpdate).toHaveBeenCalledWith(
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCode).mockRejectedValue(new Error('API Error'))
      const mockGLMResponse = {
          content: 'export default function Component() { return <div>Hello</div>; }',
      const mockGLMService = getGLMService()
      vi.mocked(mockGLMService.generateCode).mockImplementation(async () => {
        return mockGLMResponse
      // GLM service should only be called once due to deduplication
      expect(mockGLMService.generateCode).toHaveBeenCalledTimes(1)
      expect(stats.config.defaultProvider).toBe('glm')
    process.env.VITE_GLM_API_KEY = 'test-key'
    process.env.VITE_AI_GATEWAY_CACHE_ENABLED = 'true'
    process.env.VITE_AI_GATEWAY_RATE_LIMIT_ENABLED = 'true'
    process.env.VITE_AI_GATEWAY_MONITORING_ENABLED = 'true'
    delete process.env.VITE_GLM_API_KEY
    delete process.env.VITE_AI_GATEWAY_CACHE_ENABLED
    delete process.env.VITE_AI_GATEWAY_RATE_LIMIT_ENABLED
    delete process.env.VITE_AI_GATEWAY_MONITORING_ENABLED
    const mockGLMService = getGLMService()
    vi.mocked(mockGLMService.generateCode).mockResolvedValue({
import React, { useState } from 'react';
export default function Counter({ initialValue = 0 }: CounterProps) {
      'import React, { useState } from \'react\';\n\n',
      'export default function Counter() {\n',
    const mockGLMService = getGLMService()
    vi.mocked(mockGLMService.generateCodeStream).mockReturnValue(mockGenerator())
    const mockGLMService = getGLMService()
    vi.mocked(mockGLMService.generateCode).mockImplementation(async () => {
          content: 'export default function Component() { return <div>Hello</div>; }',
