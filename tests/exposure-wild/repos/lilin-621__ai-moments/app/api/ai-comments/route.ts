import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { verifyToken } from '../auth/verify/route';
import { getUserByEmail, supabaseAdmin } from '@/lib/supabase';
import { 
} from '@/lib/scheduler';
import { GenerateAICommentsRequest } from '@/types';
export async function POST(request: Request) {
export async function GET(request: Request) {
export async function DELETE(request: Request) {
