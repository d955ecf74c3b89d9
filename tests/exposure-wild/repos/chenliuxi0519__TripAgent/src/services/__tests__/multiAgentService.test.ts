import { describe, it, expect, beforeEach, vi } from "vitest"
import {
} from "../multiAgentService"
import { LLMService } from "../llmService"
      vi.mocked(LLMService.getConfig).mockReturnValue({ provider: "glm" as const, apiKey: "" } as any)
      expect(getLLMProvider()).toBe("glm")
    it("should return correct name for glm provider", () => {
      vi.mocked(LLMService.getConfig).mockReturnValue({ provider: "glm" as const, apiKey: "" } as any)
      expect(getLLMProviderName()).toBe("智谱 GLM")
