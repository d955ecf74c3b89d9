import type { VercelRequest, VercelResponse } from '@vercel/node';
import { createClient } from '@supabase/supabase-js';
export default async function handler(req: VercelRequest, res: VercelResponse) {
