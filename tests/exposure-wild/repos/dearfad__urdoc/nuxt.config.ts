export default defineNuxtConfig({
  compatibilityDate: '2026-05-10',
  devtools: { enabled: false },
  modules: ['@nuxt/eslint', '@nuxt/ui', '@pinia/nuxt', 'pinia-plugin-unstorage/nuxt', '@comark/nuxt'],
  css: ['~/assets/css/main.css'],
  ui: { fonts: false },
  ignore: ['/app-bak/**/*'],
  nitro: { ignore: ['/app-bak/**/*'] },

  imports: {
    dirs: [
      '~/types', // 让 Nuxt 扫描 app/types 目录
    ],
  },

  vite: {
    optimizeDeps: {
      include: ['ai', '@ai-sdk/vue', 'partial-json', '@zumer/snapdom'],
    },
  },

  runtimeConfig: {
    shushengApiKey: '',
    zhipuApiKey: '__ZAI_KEY_11008__',
    openrouterApiKey: '',
    longcatApiKey: '',
  },

  // EdgeOne Pages Functions Development
  // nitro: {
  //   devProxy: {
  //     '/function': 'http://localhost:8088/function',
  //   },
  // },
})
