import { useState } from 'react';
import { Building2, Lock, Mail, Eye, EyeOff } from 'lucide-react';
import { getSupabase } from '../lib/supabase';
import { useStore, User } from '../store/useStore';
export default function LoginPage() {
