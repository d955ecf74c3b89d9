export * from './llm-provider.adapter';
export * from './openai.adapter';
export * from './ollama.adapter';
export * from './zhipu.adapter';
