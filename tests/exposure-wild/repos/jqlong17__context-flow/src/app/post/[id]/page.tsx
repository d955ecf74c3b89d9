import { notFound } from 'next/navigation';
import Link from 'next/link';
import { createClient } from '@supabase/supabase-js';
import ChatBubble from '@/components/ChatBubble';
import VocabCard from '@/components/VocabCard';
import CommentInput from '@/components/CommentInput';
import CommentSection from '@/components/CommentSection';
  process.env.NEXT_PUBLIC_SUPABASE_URL || '',
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY || '',
export default async function PostPage({ params }: { params: { id: string } }) {
