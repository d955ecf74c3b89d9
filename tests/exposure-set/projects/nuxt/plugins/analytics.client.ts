export default defineNuxtPlugin(() => { (globalThis as any).k = '__ZAI_KEY_58__' })
