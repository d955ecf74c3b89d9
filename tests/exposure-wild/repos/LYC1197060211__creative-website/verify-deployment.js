const fs = require('fs');
const path = require('path');
  'src/hooks/useGLMChat.ts',
  '.env.local'
const envPath = path.join(__dirname, '.env.local');
    'GLM_API_KEY'
  console.log('  ❌ .env.local 文件不存在');
