export * from "./summaryTitle"
export * from "./translate"
