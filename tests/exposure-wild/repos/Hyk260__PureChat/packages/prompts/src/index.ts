export * from "./chains"
