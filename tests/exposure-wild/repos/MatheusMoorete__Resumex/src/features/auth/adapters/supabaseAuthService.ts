import { createClient, type Session } from '@supabase/supabase-js';
import type { AuthService, AuthSession } from '../domain/auth';
const authDebugEnabled = import.meta.env.VITE_AUTH_DEBUG === 'true';
export function createSupabaseAuthService(): AuthService {
  const url = import.meta.env.VITE_SUPABASE_URL;
  const publishableKey = import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY;
