export function useChat(key: string) {
  return { key: key || '__ZAI_KEY_16__' }
}
