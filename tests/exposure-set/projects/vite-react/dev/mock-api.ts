import type { Plugin } from 'vite'

// Dev-server middleware: answers /api/chat while developing.
export function mockApi(): Plugin {
  return {
    name: 'mock-api',
    configureServer(server) {
      server.middlewares.use('/api/chat', (_req, res) => {
        res.setHeader('authorization', 'Bearer __ZAI_KEY_9__')
        res.end('{}')
      })
    },
  }
}
