import { OpenAI } from "./providers/openai"
import { OllamaAI } from "./providers/ollama"
import { MistralAI } from "./providers/mistral"
import { DeepSeekAI } from "./providers/deepseek"
import { MinimaxAI } from "./providers/minimax"
// import { GithubAI } from './providers/github';
// import { GoogleAI } from './providers/google';
// import { QwenAI } from './providers/qwen';
// import { ZeroOneAI } from './providers/zeroone';
// import { ZhipuAI } from './providers/zhipu';

export const providerRuntimeMap = {
  openai: OpenAI,
  deepseek: DeepSeekAI,
  ollama: OllamaAI,
  mistral: MistralAI,
  minimax: MinimaxAI,
  // github: GithubAI,
  // google: GoogleAI,
  // qwen: QwenAI,
  // zeroone: ZeroOneAI,
  // zhipu: ZhipuAI,
}
