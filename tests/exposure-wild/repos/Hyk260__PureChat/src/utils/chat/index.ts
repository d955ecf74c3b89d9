export * from "./groupTool"
export * from "./message"
export * from "./message-input-utils"
