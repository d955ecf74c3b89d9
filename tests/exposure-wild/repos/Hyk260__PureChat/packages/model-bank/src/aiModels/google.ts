import type { ModelProviderCard } from "@pure/types"
import type { AIChatModelCard } from "../types"
export const allModels = [...googleChatModels]
export default Google
