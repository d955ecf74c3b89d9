import { describe, it, expect, beforeEach } from "vitest"
import { useAgentProgressStore } from "../agentProgressStore"
import type { AgentPhase } from "../agentProgressStore"
