export * from "./base"
export * from "./image"
export * from "./metadata"
