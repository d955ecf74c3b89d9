import { useCallback, useRef, useState } from "react"
import { useChatStore } from "@/stores/chatStore"
import { useSessionStore } from "@/stores/sessionStore"
import { useTripStore } from "@/stores/tripStore"
import { MultiAgentService } from "@/services/multiAgentService"
import { QuestionGenerator, type Question, type QuestionSequence } from "@/services/questionGenerator"
import { trackUserMessage, trackAssistantMessage } from "@/services/sessionService"
import { getUserContext } from "@/stores/sessionStore"
import { t } from "@/i18n"
import type { ChatMessage, UserPreferences } from "@/types"
import type { AgentMessage } from "@/services/multiAgentService"
export function useAgentProcessing() {
                    if (import.meta.env.DEV) console.warn("Failed to auto-save trip:", saveError)
                if (import.meta.env.DEV) console.error("Agent error:", error)
                if (import.meta.env.DEV) console.error("Agent error:", error)
