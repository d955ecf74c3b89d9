import { createClient } from '@supabase/supabase-js';
import dotenv from 'dotenv';
import fs from 'fs';
// 从.env文件读取环境变量，优先读取.env.local
dotenv.config({ path: '.env.local' });
dotenv.config();
const supabaseUrl = cleanEnvValue(process.env.VITE_SUPABASE_URL) || cleanEnvValue(process.env.NEXT_PUBLIC_SUPABASE_URL);
const supabaseKey = cleanEnvValue(process.env.VITE_SUPABASE_ANON_KEY) || cleanEnvValue(process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY);
