import jwt from 'jsonwebtoken';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
  teamId: process.env.APPLE_TEAM_ID || '2GXTYU4XCM', // 你的 Team ID
  keyId: process.env.APPLE_KEY_ID || 'HZ357LJK38',   // 你的 Key ID
  privateKeyPath: process.env.APPLE_PRIVATE_KEY_PATH || './AuthKey_HZ357LJK38.p8', // .p8 文件路径
      console.log('   export APPLE_TEAM_ID="你的Team ID"');
      console.log('   export APPLE_KEY_ID="你的Key ID"');
      console.log('   export APPLE_PRIVATE_KEY_PATH="./你的.p8文件路径"');
    // 自动更新 .env.local 文件
    console.log('1. 令牌已自动更新到 .env.local 文件');
  const envPath = path.join(__dirname, '..', '.env.local');
    // 如果 .env.local 存在，读取现有内容
    console.log('✅ .env.local 文件已更新');
    console.warn('⚠️  无法自动更新 .env.local 文件：', error.message);
    console.log('请手动将以下内容添加到 .env.local：');
  console.log('    export APPLE_TEAM_ID="你的Team ID"');
  console.log('    export APPLE_KEY_ID="你的Key ID"');
  console.log('    export APPLE_PRIVATE_KEY_PATH="./AuthKey_XXXXXXXXXX.p8"');
