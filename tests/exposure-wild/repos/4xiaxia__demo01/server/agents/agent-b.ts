import { anpBus } from "../bus";
import { contextPool } from "../context-pool";
import { configManager } from "../config-manager";
import { HotQuestionService } from "../services/hot-question-service";
import type { Message } from "../types";
      const { callSiliconFlowChat, callZhipuChat } = await import("../lib/api-caller");
      const siliconflowKey = process.env.SILICONFLOW_API_KEY;
      const zhipuKey = process.env.ZHIPU_API_KEY || config?.api?.apiKey;
      if (zhipuKey) {
          zhipuKey
      // const { databaseService } = await import("../database");
export const agentB = new AgentB();
