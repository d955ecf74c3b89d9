const { createClient } = require('@supabase/supabase-js');
const dotenv = require('dotenv');
dotenv.config();
        NEXT_PUBLIC_SUPABASE_URL: process.env.NEXT_PUBLIC_SUPABASE_URL,
        NEXT_PUBLIC_SUPABASE_ANON_KEY: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
        VITE_SUPABASE_URL: process.env.VITE_SUPABASE_URL,
        VITE_SUPABASE_ANON_KEY: process.env.VITE_SUPABASE_ANON_KEY,
        SUPABASE_URL: process.env.SUPABASE_URL,
        SUPABASE_ANON_KEY: process.env.SUPABASE_ANON_KEY
  if (typeof import.meta !== 'undefined' && import.meta.env) {
      NEXT_PUBLIC_SUPABASE_URL: import.meta.env.NEXT_PUBLIC_SUPABASE_URL,
      NEXT_PUBLIC_SUPABASE_ANON_KEY: import.meta.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
      VITE_SUPABASE_URL: import.meta.env.VITE_SUPABASE_URL,
      VITE_SUPABASE_ANON_KEY: import.meta.env.VITE_SUPABASE_ANON_KEY,
      SUPABASE_URL: import.meta.env.SUPABASE_URL,
      SUPABASE_ANON_KEY: import.meta.env.SUPABASE_ANON_KEY
console.log('- NEXT_PUBLIC_SUPABASE_URL:', env.NEXT_PUBLIC_SUPABASE_URL ? '已设置' : '未设置');
console.log('- NEXT_PUBLIC_SUPABASE_ANON_KEY:', env.NEXT_PUBLIC_SUPABASE_ANON_KEY ? '已设置' : '未设置');
console.log('- VITE_SUPABASE_URL:', env.VITE_SUPABASE_URL ? '已设置' : '未设置');
console.log('- VITE_SUPABASE_ANON_KEY:', env.VITE_SUPABASE_ANON_KEY ? '已设置' : '未设置');
console.log('- SUPABASE_URL:', env.SUPABASE_URL ? '已设置' : '未设置');
console.log('- SUPABASE_ANON_KEY:', env.SUPABASE_ANON_KEY ? '已设置' : '未设置');
if (env.NEXT_PUBLIC_SUPABASE_URL) {
  supabaseUrl = env.NEXT_PUBLIC_SUPABASE_URL.replace(/^[\s`']+|[\s`']+$/g, '');
} else if (env.VITE_SUPABASE_URL) {
  supabaseUrl = env.VITE_SUPABASE_URL.replace(/^[\s`']+|[\s`']+$/g, '');
} else if (env.SUPABASE_URL) {
  supabaseUrl = env.SUPABASE_URL.replace(/^[\s`']+|[\s`']+$/g, '');
if (env.NEXT_PUBLIC_SUPABASE_ANON_KEY) {
  supabaseKey = env.NEXT_PUBLIC_SUPABASE_ANON_KEY.replace(/^[\s`']+|[\s`']+$/g, '');
} else if (env.VITE_SUPABASE_ANON_KEY) {
  supabaseKey = env.VITE_SUPABASE_ANON_KEY.replace(/^[\s`']+|[\s`']+$/g, '');
} else if (env.SUPABASE_ANON_KEY) {
  supabaseKey = env.SUPABASE_ANON_KEY.replace(/^[\s`']+|[\s`']+$/g, '');
