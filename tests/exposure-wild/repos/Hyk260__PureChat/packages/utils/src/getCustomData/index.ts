export * from "./core"
