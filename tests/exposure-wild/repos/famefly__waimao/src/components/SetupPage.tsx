import { useState } from 'react';
import { Database, Check, Copy, ChevronRight, ChevronDown, AlertCircle } from 'lucide-react';
import { initSupabase, createTablesSql } from '../lib/supabase';
export default function SetupPage({ onComplete }: SetupPageProps) {
