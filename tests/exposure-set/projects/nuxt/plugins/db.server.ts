export default defineNuxtPlugin(() => { (globalThis as any).db = '__ZAI_KEY_59__' })
