export * from './llm-config.model';
export * from './llm-message.model';
export * from './llm-response.model';
