import { readFileSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { request } from 'https';
import { request as httpRequest } from 'http';
  console.log('\n上传完成。请将返回的 URL 基础路径设置到 .env.production 的 VITE_CDN_URL');
