// 极简版Supabase连接测试脚本
// 使用CommonJS语法，可直接在Node.js中运行：node test-supabase-minimal.js

const { createClient } = require('@supabase/supabase-js');

// 配置Supabase连接信息
const SUPABASE_URL = 'https://yjqbxbbqdbegqefqqcwl.supabase.co';
const SUPABASE_KEY = 'REDACTED