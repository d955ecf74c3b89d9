import { useAuthStore } from '~~/stores/auth'

export default defineNuxtPlugin(async () => {
  const authStore = useAuthStore()

  if (!authStore.isInitialized) {
    await authStore.initialize()
  }
})
