export * from "./input"
