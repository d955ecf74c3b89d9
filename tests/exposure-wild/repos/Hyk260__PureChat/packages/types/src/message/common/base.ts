export interface ModelReasoning {
  content?: string
  duration?: number
  signature?: string
}
