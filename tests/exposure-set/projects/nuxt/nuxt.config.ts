export default defineNuxtConfig({
  runtimeConfig: {
    zaiKey: '__ZAI_KEY_52__',
    public: {
      glmKey: '__ZAI_KEY_53__',
    },
  },
})
