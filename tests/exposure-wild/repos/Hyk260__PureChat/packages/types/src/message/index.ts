export * from "./common"

export interface ModelRankItem {
  count: number
  id: string | null
}
