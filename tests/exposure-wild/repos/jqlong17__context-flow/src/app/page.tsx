import { Suspense } from 'react';
import Link from 'next/link';
import { createClient } from '@supabase/supabase-js';
import InteractionButtons from '@/components/InteractionButtons';
import ArticleList from '@/components/ArticleList';
    let supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL || '';
    let supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY || '';
export default function Home() {
