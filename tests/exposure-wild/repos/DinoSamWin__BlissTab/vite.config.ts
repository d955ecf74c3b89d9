import path from 'path';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
export default defineConfig(({ mode }) => {
  const deepseekKey = env.DEEPSEEK_API_KEY || env.VITE_DEEPSEEK_API_KEY;
  const siliconKey = env.SILICONFLOW_API_KEY || env.VITE_SILICONFLOW_API_KEY;
  if (process.env.VERCEL || process.env.CI) {
      'process.env.API_KEY': JSON.stringify(env.API_KEY || ''),
      'process.env.SILICONFLOW_API_KEY': JSON.stringify(env.SILICONFLOW_API_KEY || env.VITE_SILICONFLOW_API_KEY || ''),
      'process.env.SILICONFLOW_API_BASE': JSON.stringify(env.SILICONFLOW_API_BASE || env.VITE_SILICONFLOW_API_BASE || 'https://api.siliconflow.cn/v1'),
      'process.env.SILICONFLOW_MODEL': JSON.stringify(env.SILICONFLOW_MODEL || env.VITE_SILICONFLOW_MODEL || 'deepseek-ai/DeepSeek-V3'),
      'process.env.DEEPSEEK_API_KEY': JSON.stringify(env.DEEPSEEK_API_KEY || env.VITE_DEEPSEEK_API_KEY || ''),
      'process.env.DEEPSEEK_API_BASE': JSON.stringify(env.DEEPSEEK_API_BASE || env.VITE_DEEPSEEK_API_BASE || 'https://api.deepseek.com'),
      'process.env.DEEPSEEK_MODEL': JSON.stringify(env.DEEPSEEK_MODEL || env.VITE_DEEPSEEK_MODEL || 'deepseek-chat'),
