export * from "./agent"
export * from "./llm"
