export * from "./thread"
export * from "./topic"
