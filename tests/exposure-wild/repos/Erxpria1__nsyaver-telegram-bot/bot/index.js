const { Telegraf } = require('telegraf');
require('dotenv').config({ path: __dirname + '/.env' });
const { TELEGRAM_BOT_TOKEN, GLM_API_KEY, GLM_API_BASE } = process.env;
console.log('🔍 GLM_API_KEY:', GLM_API_KEY ? '✓ Bulundu' : '✗ Eksik');
if (!TELEGRAM_BOT_TOKEN || !GLM_API_KEY) {
  console.error('❌ Telegram bot token veya GLM API key eksik!');
const openaiService = require('../services/openai');
const path = require('path');
console.log('🧠 GLM API:', GLM_API_KEY ? 'Aktif' : 'Eksik');
    'Ben GLM yapay zekasını kullanan asistanım. Sizce nasıl yardımcı olabilirim?',
      model: 'glm-4-flash',
🤖 **Yapay Zeka:** GLM-4
  console.log('🤖 Bot ID:', process.env.TELEGRAM_BOT_TOKEN.split(':')[0]);
