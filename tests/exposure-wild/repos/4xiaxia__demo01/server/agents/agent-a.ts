import { createMessage } from "../types";
import { anpBus } from "../bus";
import { contextPool } from "../context-pool";
import { speechToText as unifiedSpeechToText } from "../services/api-service";
import { IntentRules, RefinePatterns } from "../config/intent-rules";
    this.asrProvider = options?.asrProvider || "zhipu";
export const agentA = new AgentA();
