import { ChatModelCard, ModelProviderCard } from "@pure/types"
import { AiModelType, AiModelTypeSchema } from "model-bank"
import type { ModelProviderKey } from "../types"
export interface ModelProcessorConfig {
export const MODEL_LIST_CONFIGS = {
  zhipu: {
    functionCallKeywords: ["glm-4", "glm-z1"],
    reasoningKeywords: ["glm-zero", "glm-z1", "glm-4.5"],
    visionKeywords: ["glm-4v", "glm-4.1v", "glm-4.5v"],
export const MODEL_OWNER_DETECTION_CONFIG = {
  zhipu: ["glm"],
      const modules = await import("model-bank")
    const modules = await import("model-bank")
export const detectModelProvider = (modelId: string): keyof typeof MODEL_LIST_CONFIGS => {
export const getModelLocalEnableConfig = (providerLocalConfig: any[], model: { id: string }): any | null => {
export const processModelList = async (
  const { DEFAULT_MODEL_LIST } = await import("model-bank")
export const processMultiProviderModelList = async (
  const { DEFAULT_MODEL_LIST } = await import("model-bank")
