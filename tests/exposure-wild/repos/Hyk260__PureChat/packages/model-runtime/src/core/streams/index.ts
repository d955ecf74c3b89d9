export * from "./ollama"
export * from "./openai"
