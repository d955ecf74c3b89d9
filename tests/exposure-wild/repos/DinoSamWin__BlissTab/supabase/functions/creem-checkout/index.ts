import { serve } from 'https://deno.land/std@0.168.0/http/server.ts'
import { createCreem } from 'npm:creem_io@latest'
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2'
        const supabaseUrl = Deno.env.get('SUPABASE_URL') || "";
        const supabaseServiceKey = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') || "";
        const apiKeyLive = Deno.env.get('CREEM_API_KEY') || "";
        const apiKeyTest = Deno.env.get('CREEM_API_KEY_TEST') || "";
                const appUrl = Deno.env.get('APP_URL') || 'https://www.startlytab.com';
                    const resendKey = Deno.env.get('RESEND_API_KEY');
