'use client';
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { createClient } from '@supabase/supabase-js';
import InteractionButtons from './InteractionButtons';
export default function ArticleList() {
        let supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL || '';
        let supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY || '';
