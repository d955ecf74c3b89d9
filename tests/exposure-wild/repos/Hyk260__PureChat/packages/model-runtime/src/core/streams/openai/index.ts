export * from "./openai"
// export * from "./responsesStream"
