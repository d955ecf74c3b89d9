import { describe, it, expect, beforeEach } from "vitest"
import { useChatStore } from "../chatStore"
import type { ChatMessage } from "@/types"
