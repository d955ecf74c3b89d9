  url: import.meta.env?.NEXT_PUBLIC_SUPABASE_URL || 
       import.meta.env?.VITE_SUPABASE_URL || 
       import.meta.env?.SUPABASE_URL,
  key: import.meta.env?.NEXT_PUBLIC_SUPABASE_ANON_KEY || 
       import.meta.env?.VITE_SUPABASE_ANON_KEY || 
       import.meta.env?.SUPABASE_ANON_KEY ||
       import.meta.env?.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY || 
       import.meta.env?.VITE_SUPABASE_PUBLISHABLE_KEY || 
       import.meta.env?.SUPABASE_PUBLISHABLE_KEY
    const { createClient } = await import('@supabase/supabase-js');
export { runAllTests, testNetworkConnection, testSupabaseConnection };
