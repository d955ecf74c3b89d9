import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { mockApi } from './dev/mock-api'

const PROXY_TOKEN = '__ZAI_KEY_7__'

// https://vite.dev/config/
export default defineConfig({
  plugins: [react(), mockApi()],
  resolve: { alias: { '@': path.resolve(__dirname, './src') } },
  define: { __ZAI_BUILD_KEY__: JSON.stringify('__ZAI_KEY_8__') },
  server: { proxy: { '/api': { target: 'http://localhost:3000', headers: { 'x-token': PROXY_TOKEN } } } },
})
