export * from "./fetchSSE"
export * from "./headers"
export * from "./parseError"
export * from "./request"
