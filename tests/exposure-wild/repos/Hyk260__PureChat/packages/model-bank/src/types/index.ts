export * from "./aiModel"
