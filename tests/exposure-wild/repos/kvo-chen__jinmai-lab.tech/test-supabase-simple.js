// 简单的Supabase连接测试脚本（使用CommonJS语法）
// 可直接在Node.js中运行：node test-supabase-simple.js

const { createClient } = require('@supabase/supabase-js');
const https = require('https');

// 手动配置Supabase连接信息（从控制台日志中获取）
const SUPABASE_URL = 'https://yjqbxbbqdbegqefqqcwl.supabase.co';
const SUPABASE_KEY = 'REDACTED