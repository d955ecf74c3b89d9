export { default as IconAvatar } from "./IconAvatar/index.vue"
export { default as ModelIcon } from "./ModelIcon/index.vue"
export { default as ModelTag } from "./ModelTag/index.vue"
export { default as ProviderIcon } from "./ProviderIcon/index.vue"
// Config
export { type ModelMapping, modelMappings } from "./modelConfig"
export { type ProviderMapping, providerMappings } from "./providerConfig"
