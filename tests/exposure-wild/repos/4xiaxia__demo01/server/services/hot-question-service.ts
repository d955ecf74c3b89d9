import fs from "fs/promises";
import { getHotQuestionsPath, getMerchantConfigPath } from "../config/paths";
import { HotQuestion, MerchantHotQuestions } from "../types/hot-questions";
import { agentB } from "../agents/agent-b";
import { configManager } from "../config-manager";
export class HotQuestionService {
