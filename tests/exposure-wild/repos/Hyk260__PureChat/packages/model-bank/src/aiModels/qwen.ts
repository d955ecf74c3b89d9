import { ModelProviderCard } from "@pure/types"
export default Qwen
