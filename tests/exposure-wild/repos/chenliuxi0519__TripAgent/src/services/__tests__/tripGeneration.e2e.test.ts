import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { LLMService } from '../llmService'
import { MultiAgentService, setLLMEnabled } from '../multiAgentService'
import { isLLMAvailable } from '../multiAgentService'
      provider: 'glm',
      model: 'glm-4-flash',
    const { contextValidator } = await import('../contextValidator')
    const { contextValidator } = await import('../contextValidator')
    const { contextValidator } = await import('../contextValidator')
