import { ModelProvider } from "model-bank"
import { OpenAICompatibleFactoryOptions, createOpenAICompatibleRuntime } from "../../core/openaiCompatibleFactory"
import { processMultiProviderModelList } from "../../utils/modelParse"

export interface OpenAIModelCard {
  id: string
}

export const params = {
  baseURL: "https://api.openai.com/v1",
  debug: {
    chatCompletion: () => false,
    responses: () => false,
  },
  models: async ({ client }) => {
    const modelsPage = await client.models.list()
    const modelList: OpenAIModelCard[] = modelsPage.data

    return processMultiProviderModelList(modelList, "openai")
  },
  provider: ModelProvider.OpenAI,
} satisfies OpenAICompatibleFactoryOptions

export const OpenAI = createOpenAICompatibleRuntime(params)
