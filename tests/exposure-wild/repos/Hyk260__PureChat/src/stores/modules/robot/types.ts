import type { LLMParams, Provider } from "model-bank"
import type { ChatModelCard, Prompt } from "@pure/types"

export interface Model extends ChatModelCard {
  icon?: string
  [key: string]: any
}

export interface ModelConfigItem {
  ID: string
  labelKey?: string
  descKey?: string
  placeholderKey?: string
  providerNameKey?: string
  defaultValue: string | number
  options?: {
    id: string
    name?: string
    icon?: string
    chatModels?: Model[]
  }
  collapse?: string[]
  apiKey?: string
  doubt?: string
  apiHost?: string
  placeholder?: string
  step?: number
  min?: number
  max?: number
}

export interface LLMParamsConfig {
  collapse: string[]
  chatModels?: Model[]
}

export type ModelDataType = Record<string, ModelConfigItem>
export type RobotAccessConfig = Partial<LLMParams & LLMParamsConfig> & Record<string, string | number | undefined>

// 提示词元数据类型
export interface PromptMeta {
  tags: string[]
  avatar: string
  title: string
  recQuestion?: string[]
  [key: string]: any
}

// 访问存储类型
export interface AccessStore {
  [provider: string]: RobotAccessConfig
}

// 提示词存储类型
export interface PromptStore {
  [provider: string]: Prompt[]
}

export interface RobotState {
  model: Model | null
  promptConfig: Prompt | null
  modelConfig: LLMParams | null
  modelProvider: Provider
  defaultProvider: Provider
  promptStore: PromptStore
  accessStore: AccessStore
}

export interface RobotGetters {
  isVision: boolean
  isWebSearchModel: boolean
  enableWebSearch: boolean
  currentProviderPrompt: Prompt | null
  isOllama: boolean
  isShowPromptTitle: boolean
  getPromptTitle: string
  botMessageCount: number
}

export interface RobotActions {
  setAccessStore(data: RobotAccessConfig, provider: Provider): void
  setPromptStore(data: Prompt[], provider: string): void
  updateModelConfig(): void
  setDefaultProvider(data: string): void
  setModelConfig(provider: string): void
  setModel(value: Model | null): void
  setPromptConfig(value: Prompt | null): void
}

export interface RobotStore extends RobotState, RobotGetters, RobotActions {}
