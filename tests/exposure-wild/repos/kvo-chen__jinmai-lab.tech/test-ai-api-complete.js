import { createRequire } from 'module';
const require = createRequire(import.meta.url);
  globalThis.fetch = require('node-fetch');
import { llmService } from './src/services/llmService.ts';
import { fileURLToPath } from 'url';
import { dirname, join } from 'path';
const __filename = fileURLToPath(import.meta.url);
  const fs = require('fs');
    const apiBase = typeof import.meta !== 'undefined' && import.meta.env ? import.meta.env.VITE_API_BASE_URL : '';
      const envKey = typeof import.meta !== 'undefined' && import.meta.env ? import.meta.env[`VITE_${model.id.toUpperCase()}_API_KEY`] : '';
      case 'zhipu':
        baseUrl = llmService.getConfig().zhipu_base_url || 'https://open.bigmodel.cn/api/paas/v4';
    { id: 'zhipu', name: '智谱' }
