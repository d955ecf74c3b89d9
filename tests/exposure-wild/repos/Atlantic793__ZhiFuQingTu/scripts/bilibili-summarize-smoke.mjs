 * Sample Bilibili comments/danmaku + summarize with a separate GLM key.
 *   GLM_SUMMARY_API_KEY=...
 *   GLM_SUMMARY_MODEL=glm-4-flash   (optional)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnvFile } from './loadEnv.mjs';
const __dirname = dirname(fileURLToPath(import.meta.url));
  const res = await fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {
    throw new Error(data?.error?.message || data?.msg || data?.message || `GLM HTTP ${res.status}`);
  if (!content) throw new Error('GLM 未返回内容');
  const apiKey = process.env.GLM_SUMMARY_API_KEY || process.env.GLM_API_KEY;
      '[summarize] 缺少密钥。请在 .env 中设置 GLM_SUMMARY_API_KEY=你的智谱key（可与 agent 密钥不同）'
  const model = process.env.GLM_SUMMARY_MODEL || 'glm-4-flash';
  console.log(`[summarize] calling GLM model=${model} texts≈${textCount}`);
