export * from "./client"
export * from "./models"
export * from "./types"
// export * from "./core"
