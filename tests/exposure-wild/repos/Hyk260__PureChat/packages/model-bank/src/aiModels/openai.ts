import { ModelProviderCard } from "@pure/types"
export default OpenAI
