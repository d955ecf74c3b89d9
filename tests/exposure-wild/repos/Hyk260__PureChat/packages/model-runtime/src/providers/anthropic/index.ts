// import { ModelProvider } from "model-bank"

// import { createAnthropicCompatibleParams } from "../../core/anthropicCompatibleFactory"

// export const params = createAnthropicCompatibleParams({
//   // chatCompletion: {
//   //   handlePayload: buildAnthropicPayload,
//   // },
//   debug: {
//     chatCompletion: () => false,
//   },
//   provider: ModelProvider.Anthropic,
// })

// export const AnthropicAI = createAnthropicCompatibleRuntime(params)

// export default AnthropicAI
