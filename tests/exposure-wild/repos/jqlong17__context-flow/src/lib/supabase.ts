import { createClient } from '@supabase/supabase-js';

const supabaseUrl = 'https://phmfenjhvfgiseytxaak.supabase.co';
const supabaseKey = 'REDACTED';

export const supabase = createClient(supabaseUrl, supabaseKey); 