import { OpenAI } from "../../providers/openai"
// import { GoogleAI } from '../../providers/google';
// import { QwenAI } from '../../providers/qwen';

import type { ApiType, RuntimeClass } from "./apiTypes"

export const baseRuntimeMap = {
  openai: OpenAI,
  // google: GoogleAI,
  // qwen: QwenAI,
  // deepseek: DeepSeekAI,
  // minimax: MinimaxAI,
  // xiaomimimo: XiaomiMimoAI,
  // zhipu: ZhipuAI,
} satisfies Record<ApiType, RuntimeClass | undefined>
