export * from "./auth"
export * from "./other"
export * from "./rest"
export * from "./user"
