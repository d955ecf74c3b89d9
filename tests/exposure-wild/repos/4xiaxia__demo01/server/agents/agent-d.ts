import { anpBus } from "../bus";
import type { Message } from "../types";
export const agentD = new AgentD();
