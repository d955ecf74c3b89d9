export default defineEventHandler(() => ({ k: '__ZAI_KEY_54__' }))
