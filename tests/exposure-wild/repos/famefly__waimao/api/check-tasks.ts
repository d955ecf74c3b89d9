import type { VercelRequest, VercelResponse } from '@vercel/node';
import { createClient } from '@supabase/supabase-js';
export default async function handler(req: VercelRequest, res: VercelResponse) {
  const supabaseUrl = process.env.VITE_SUPABASE_URL;
  const supabaseKey = process.env.SUPABASE_SERVICE_ROLE_KEY;
        { keywords: ['import', 'export', 'trading company', 'trading', 'trade', '进出口', '贸易', '外贸', '跨国'], type: 'trading_company' },
