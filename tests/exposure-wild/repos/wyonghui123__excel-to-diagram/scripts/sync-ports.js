 *   2. .env.local 文件（本地覆盖）
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
  const envLocalPath = path.join(rootDir, '.env.local');
            env[key] = value;
    if (process.env[key]) {
      env[key] = process.env[key];
    `port: ${env.VITE_DEV_PORT}`
      if (match.includes('deepseek') || match.includes('zhipu')) {
        return `target: 'http://localhost:${env.MOCK_API_PORT}'`;
        return `target: 'http://localhost:${env.FLASK_PORT}'`;
    `baseURL: 'http://localhost:${env.E2E_PORT}'`
    `url: 'http://localhost:${env.E2E_PORT}'`
    `--port ${env.E2E_PORT}`
    `port = int(os.environ.get('PORT', ${env.FLASK_PORT}))`
    `const PORT = ${env.MOCK_API_PORT}`
    `VITE_DEV_SERVER_URL=http://localhost:${env.VITE_DEV_PORT}`
  console.log(`  Vite 开发服务器:  http://localhost:${env.VITE_DEV_PORT}`);
  console.log(`  Node.js Mock API: http://localhost:${env.MOCK_API_PORT}`);
  console.log(`  Python Flask:     http://localhost:${env.FLASK_PORT}`);
  console.log(`  E2E 测试:         http://localhost:${env.E2E_PORT}`);
  if (env.VITE_DEV_PORT === env.FLASK_PORT) {
  if (env.VITE_DEV_PORT === env.MOCK_API_PORT) {
  if (env.MOCK_API_PORT === env.FLASK_PORT) {
