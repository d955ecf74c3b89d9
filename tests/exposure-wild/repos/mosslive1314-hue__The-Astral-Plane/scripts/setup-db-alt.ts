import { createClient } from '@supabase/supabase-js'
