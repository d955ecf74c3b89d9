import { describe, it, expect, beforeEach, vi } from 'vitest'
import { LLMService, LLMAPIError, loadLLMConfigFromEnv, PROMPTS } from '../llmService'
      const originalOpenAIKey = import.meta.env.VITE_OPENAI_API_KEY
      const originalOpenAIModel = import.meta.env.VITE_OPENAI_MODEL
      const originalGLMKey = import.meta.env.VITE_GLM_API_KEY
      // Mock import.meta.env values
      import.meta.env.VITE_GLM_API_KEY = ''
      import.meta.env.VITE_OPENAI_API_KEY = 'test-env-key'
      import.meta.env.VITE_OPENAI_MODEL = 'gpt-4o-mini'
      import.meta.env.VITE_GLM_API_KEY = originalGLMKey
      import.meta.env.VITE_OPENAI_API_KEY = originalOpenAIKey
      import.meta.env.VITE_OPENAI_MODEL = originalOpenAIModel
      const originalGLMKey = import.meta.env.VITE_GLM_API_KEY
      const originalOpenAIKey = import.meta.env.VITE_OPENAI_API_KEY
      const originalAnthropicKey = import.meta.env.VITE_ANTHROPIC_API_KEY
      import.meta.env.VITE_GLM_API_KEY = ''
      import.meta.env.VITE_OPENAI_API_KEY = ''
      import.meta.env.VITE_ANTHROPIC_API_KEY = ''
      import.meta.env.VITE_GLM_API_KEY = originalGLMKey
      import.meta.env.VITE_OPENAI_API_KEY = originalOpenAIKey
      import.meta.env.VITE_ANTHROPIC_API_KEY = originalAnthropicKey
      const originalGLMKey = import.meta.env.VITE_GLM_API_KEY
      const originalOpenAIKey = import.meta.env.VITE_OPENAI_API_KEY
      const originalAnthropicKey = import.meta.env.VITE_ANTHROPIC_API_KEY
      import.meta.env.VITE_GLM_API_KEY = ''
      import.meta.env.VITE_OPENAI_API_KEY = 'openai-key'
      import.meta.env.VITE_ANTHROPIC_API_KEY = 'anthropic-key'
      import.meta.env.VITE_GLM_API_KEY = originalGLMKey
      import.meta.env.VITE_OPENAI_API_KEY = originalOpenAIKey
      import.meta.env.VITE_ANTHROPIC_API_KEY = originalAnthropicKey
