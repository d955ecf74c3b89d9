import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { verifyToken } from '../auth/verify/route';
import { getUserByEmail, supabaseAdmin } from '@/lib/supabase';
import { LikeRequest } from '@/types';
export async function POST(request: Request) {
export async function GET(request: Request) {
