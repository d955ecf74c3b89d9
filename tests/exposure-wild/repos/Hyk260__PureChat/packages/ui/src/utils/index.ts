export * from "./common"
export * from "./highlight"
export * from "./highlightShiki"
