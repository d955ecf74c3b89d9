import { ModelProviderCard } from "@pure/types"
export default Github
