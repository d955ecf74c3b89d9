export * from "./error"
export * from "./type"
