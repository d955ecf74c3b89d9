export * from "./db"
