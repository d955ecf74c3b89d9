export * from './llm.service';
export * from './models';
export * from './tokens/llm-config.token';
